// A three-stage pipeline: a generator, a squaring stage and a summing consumer, connected
// by channels with directional parameter types. Each stage closes its output when done.
package main

import "fmt"

func generate(nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for _, n := range nums {
			out <- n
		}
	}()
	return out
}

func square(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := range in {
			out <- n * n
		}
	}()
	return out
}

func sum(in <-chan int) int {
	total := 0
	for n := range in {
		total += n
	}
	return total
}

func main() {
	squares := square(generate(1, 2, 3, 4, 5))
	for v := range squares {
		fmt.Println("square:", v)
	}

	// Stages compose: square twice, then sum.
	total := sum(square(square(generate(1, 2, 3))))
	fmt.Println("sum of fourth powers:", total)
}
