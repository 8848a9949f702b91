// A three-stage pipeline: a generator, a squaring stage and a summing stage, connected by
// unbuffered channels. Each stage closes its output when its input is drained, so every
// `range` ends and main learns the total.
package main

import "fmt"

func generate(nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		for _, n := range nums {
			out <- n
		}
		close(out)
	}()
	return out
}

func square(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		for n := range in {
			out <- n * n
		}
		close(out)
	}()
	return out
}

func main() {
	total := 0
	for sq := range square(generate(1, 2, 3, 4, 5, 6, 7, 8, 9, 10)) {
		fmt.Println("square:", sq)
		total += sq
	}
	fmt.Println("sum of squares:", total)
}
