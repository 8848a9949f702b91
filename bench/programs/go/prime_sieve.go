// A concurrent prime sieve: a generator goroutine feeds a daisy chain of filter goroutines,
// one per prime found so far; each prime that reaches the end of the chain gets a filter of
// its own. Prints the Nth prime and the sum of the first N (N is the first argument).
package main

import (
	"fmt"
	"os"
	"strconv"
)

// Send the sequence 2, 3, 4, ... to channel 'ch'.
func generate(ch chan<- int) {
	for i := 2; ; i++ {
		ch <- i
	}
}

// Copy the values from channel 'in' to channel 'out',
// removing those divisible by 'prime'.
func filter(in <-chan int, out chan<- int, prime int) {
	for {
		i := <-in
		if i%prime != 0 {
			out <- i
		}
	}
}

func main() {
	n := 100
	if len(os.Args) > 1 {
		v, err := strconv.Atoi(os.Args[1])
		if err != nil || v < 1 {
			fmt.Fprintln(os.Stderr, "usage: prime_sieve [N]")
			os.Exit(2)
		}
		n = v
	}

	ch := make(chan int)
	go generate(ch)
	sum, prime := 0, 0
	for i := 0; i < n; i++ {
		prime = <-ch
		sum += prime
		next := make(chan int)
		go filter(ch, next, prime)
		ch = next
	}
	fmt.Printf("prime #%d is %d; the first %d primes add up to %d\n", n, prime, n, sum)
}
