// A three-stage pipeline (generate, square, print) where every stage prints what it does.
package main

import "fmt"

func gen(nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		for _, n := range nums {
			fmt.Println("gen", n)
			out <- n
		}
		close(out)
	}()
	return out
}

func sq(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		for n := range in {
			fmt.Println("sq", n)
			out <- n * n
		}
		close(out)
	}()
	return out
}

func main() {
	for n := range sq(gen(1, 2, 3)) {
		fmt.Println("main", n)
	}
}
