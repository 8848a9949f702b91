// Fan-out: several workers read from one channel. Fan-in: a merge function copies
// every worker's output channel into one, closing it when all of them are done.
package main

import (
	"fmt"
	"sort"
	"sync"
)

func produce(n int) <-chan int {
	out := make(chan int)
	go func() {
		for i := 1; i <= n; i++ {
			out <- i
		}
		close(out)
	}()
	return out
}

func worker(id int, in <-chan int) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for n := range in {
			out <- fmt.Sprintf("%d*%d=%d", n, n, n*n)
		}
	}()
	return out
}

func merge(channels ...<-chan string) <-chan string {
	var wg sync.WaitGroup
	merged := make(chan string, 4)
	output := func(c <-chan string) {
		defer wg.Done()
		for s := range c {
			merged <- s
		}
	}
	wg.Add(len(channels))
	for _, c := range channels {
		go output(c)
	}
	go func() {
		wg.Wait()
		close(merged)
	}()
	return merged
}

func main() {
	source := produce(9)
	workers := make([]<-chan string, 0, 3)
	for id := range 3 {
		workers = append(workers, worker(id, source))
	}
	var lines []string
	for line := range merge(workers...) {
		lines = append(lines, line)
	}
	sort.Strings(lines)
	fmt.Println(len(lines), "results")
	for _, line := range lines {
		fmt.Println(line)
	}
}
