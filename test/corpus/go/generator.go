// Generators: functions that return a receive-only channel and fill it from a goroutine,
// plus a closure-based generator without channels for comparison.
package main

import "fmt"

func fibonacci(n int) <-chan int {
	c := make(chan int)
	go func() {
		a, b := 0, 1
		for i := 0; i < n; i++ {
			c <- a
			a, b = b, a+b
		}
		close(c)
	}()
	return c
}

func countFrom(start, step int) func() int {
	next := start
	return func() int {
		v := next
		next += step
		return v
	}
}

func take(n int, in <-chan int) []int {
	out := make([]int, 0, n)
	for v := range in {
		if len(out) == n {
			break
		}
		out = append(out, v)
	}
	return out
}

func main() {
	for v := range fibonacci(10) {
		fmt.Print(v, " ")
	}
	fmt.Println()

	fmt.Println("first five:", take(5, fibonacci(50)))

	evens := countFrom(0, 2)
	odds := countFrom(1, 2)
	for i := 0; i < 4; i++ {
		fmt.Printf("%d/%d ", evens(), odds())
	}
	fmt.Println()
}
