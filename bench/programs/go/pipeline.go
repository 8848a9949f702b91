// A pipeline of three stages, in the manner of the Go blog's "Go Concurrency Patterns:
// Pipelines": gen emits 1..N on an unbuffered channel, sq squares each number onto a buffered
// one, and main folds the squares into a checksum. Each stage closes its outbound channel when
// it is done, so the range loops downstream end.
package main

import (
	"fmt"
	"os"
	"strconv"
)

const modulus = 1_000_000_007

func gen(n int) <-chan int {
	out := make(chan int)
	go func() {
		for i := 1; i <= n; i++ {
			out <- i
		}
		close(out)
	}()
	return out
}

func sq(in <-chan int) <-chan int {
	out := make(chan int, 64)
	go func() {
		for v := range in {
			out <- v * v
		}
		close(out)
	}()
	return out
}

func main() {
	n := 1000
	if len(os.Args) > 1 {
		v, err := strconv.Atoi(os.Args[1])
		if err != nil || v < 1 {
			fmt.Fprintln(os.Stderr, "usage: pipeline [N]")
			os.Exit(2)
		}
		n = v
	}

	count, checksum := 0, 0
	for v := range sq(gen(n)) {
		count++
		checksum = (checksum + v) % modulus
	}
	fmt.Printf("%d squares, checksum %d\n", count, checksum)
}
