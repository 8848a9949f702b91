// iter.Pull turns a push iterator into next/stop functions: values come one call at a time, and stop lets the iterator finish.
package main

import (
	"fmt"
	"iter"
	"slices"
)

// Squares yields 1, 4, 9, ... forever, until the consumer stops.
func Squares() iter.Seq[int] {
	return func(yield func(int) bool) {
		for n := 1; ; n++ {
			if !yield(n * n) {
				fmt.Println("squares: told to stop after", n)
				return
			}
		}
	}
}

func Letters(s string) iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		for i, r := range s {
			if !yield(i, string(r)) {
				return
			}
		}
	}
}

func Upto(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func main() {
	next, stop := iter.Pull(Squares())
	for i := 0; i < 3; i++ {
		v, ok := next()
		fmt.Println("pulled", v, ok)
	}
	stop()
	v, ok := next()
	fmt.Println("after stop:", v, ok)

	nextPair, stopPairs := iter.Pull2(Letters("go!"))
	defer stopPairs()
	for {
		i, s, ok := nextPair()
		if !ok {
			fmt.Println("letters done")
			break
		}
		fmt.Printf("%d:%s ", i, s)
	}

	fmt.Println(slices.Collect(Upto(4)))
	for n := range Upto(2) {
		fmt.Println("ranged", n)
	}
}
