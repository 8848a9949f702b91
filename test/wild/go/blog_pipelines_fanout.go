// Go blog "Pipelines and cancellation" style: gen -> sq stages, fan-out to two sq, merge with WaitGroup
package main

import (
	"fmt"
	"sort"
	"sync"
)

func gen(nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		for _, n := range nums {
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
			out <- n * n
		}
		close(out)
	}()
	return out
}

func merge(cs ...<-chan int) <-chan int {
	var wg sync.WaitGroup
	out := make(chan int)
	output := func(c <-chan int) {
		for n := range c {
			out <- n
		}
		wg.Done()
	}
	wg.Add(len(cs))
	for _, c := range cs {
		go output(c)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func main() {
	// linear pipeline: order preserved
	for n := range sq(sq(gen(2, 3))) {
		fmt.Println(n)
	}

	// fan-out/fan-in: order not preserved, so sort before printing
	in := gen(1, 2, 3, 4, 5, 6, 7, 8)
	c1 := sq(in)
	c2 := sq(in)
	var got []int
	for n := range merge(c1, c2) {
		got = append(got, n)
	}
	sort.Ints(got)
	fmt.Println(got)
}
