// Range over functions (Go 1.23): iter.Seq and iter.Seq2 iterators, with break, continue and return in the loop body.
package main

import (
	"fmt"
	"iter"
)

// Countdown yields n, n-1, ..., 1 and stops early when the loop breaks.
func Countdown(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := n; i > 0; i-- {
			if !yield(i) {
				fmt.Println("countdown stopped at", i)
				return
			}
		}
	}
}

// Enumerate pairs each word with its position.
func Enumerate(words []string) iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		for i, w := range words {
			if !yield(i, w) {
				return
			}
		}
	}
}

// Fib is a plain function with the iterator's shape.
func Fib(yield func(int) bool) {
	a, b := 0, 1
	for yield(a) {
		a, b = b, a+b
	}
}

func firstOver(limit int) (int, bool) {
	for f := range Fib {
		if f > limit {
			return f, true
		}
	}
	return 0, false
}

func main() {
	for n := range Countdown(5) {
		if n == 4 {
			continue
		}
		if n == 2 {
			break
		}
		fmt.Println("n =", n)
	}
	for i, w := range Enumerate([]string{"go", "is", "fun"}) {
		switch w {
		case "is":
			continue
		}
		fmt.Println(i, w)
	}
	fmt.Println(firstOver(100))

	results := make(chan int)
	go func() {
		for n := range Countdown(3) {
			results <- n * n
		}
		close(results)
	}()
	for sq := range results {
		fmt.Println("square", sq)
	}
}
