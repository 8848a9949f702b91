// A two-stage pipeline: generate sends 1..n, square squares what it receives, and main
// ranges over the last stage. Each stage closes its output channel when its input ends,
// so every `range` loop ends by itself.
package main

import "fmt"

func generate(n int) <-chan int {
	out := make(chan int)
	go func() {
		for i := 1; i <= n; i++ {
			out <- i
		}
		close(out)
	}()
	return out
}

func square(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		for v := range in {
			out <- v * v
		}
		close(out)
	}()
	return out
}

func main() {
	sum := 0
	for v := range square(generate(5)) {
		fmt.Println("got", v)
		sum += v
	}
	fmt.Println("sum:", sum)

	// Receiving from a closed, drained channel gives the zero value and ok == false.
	done := generate(0)
	v, ok := <-done
	fmt.Printf("after close: v=%d ok=%t\n", v, ok)
}
