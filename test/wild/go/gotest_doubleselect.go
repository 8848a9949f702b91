// Go test/chan style: many senders into a select-based multiplexer; receiver checks no value is seen twice
package main

import (
	"fmt"
	"sync"
)

const iterations = 2000

func sender(n int, c1, c2, c3, c4 chan<- int) {
	defer close(c1)
	defer close(c2)
	defer close(c3)
	defer close(c4)
	for i := 0; i < n; i++ {
		select {
		case c1 <- i:
		case c2 <- i:
		case c3 <- i:
		case c4 <- i:
		}
	}
}

func mux(out chan<- int, in <-chan int, wg *sync.WaitGroup) {
	for i := range in {
		out <- i
	}
	wg.Done()
}

func recver(in <-chan int, done chan<- int) {
	seen := make(map[int]bool)
	for v := range in {
		if seen[v] {
			panic(fmt.Sprintf("got duplicate value: %d", v))
		}
		seen[v] = true
	}
	done <- len(seen)
}

func main() {
	c1 := make(chan int)
	c2 := make(chan int)
	c3 := make(chan int)
	c4 := make(chan int)
	done := make(chan int)
	cmux := make(chan int)
	wg := new(sync.WaitGroup)
	go sender(iterations, c1, c2, c3, c4)
	wg.Add(4)
	go mux(cmux, c1, wg)
	go mux(cmux, c2, wg)
	go mux(cmux, c3, wg)
	go mux(cmux, c4, wg)
	go func() {
		wg.Wait()
		close(cmux)
	}()
	go recver(cmux, done)
	fmt.Println("distinct values:", <-done)
}
