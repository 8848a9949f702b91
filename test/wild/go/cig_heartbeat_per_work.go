// "Concurrency in Go" book style: a heartbeat at the start of each unit of work, used by a test-like caller to know the worker began
package main

import (
	"fmt"
	"time"
)

func doWork(done <-chan struct{}, nums ...int) (<-chan struct{}, <-chan int) {
	heartbeat := make(chan struct{}, 1)
	intStream := make(chan int)
	go func() {
		defer close(heartbeat)
		defer close(intStream)
		time.Sleep(20 * time.Millisecond) // simulated start-up delay
		for _, n := range nums {
			select {
			case heartbeat <- struct{}{}:
			default: // nobody listening; a pulse is already buffered
			}
			select {
			case <-done:
				return
			case intStream <- n * n:
			}
		}
	}()
	return heartbeat, intStream
}

func main() {
	done := make(chan struct{})
	defer close(done)
	intSlice := []int{0, 1, 2, 3, 5}
	heartbeat, results := doWork(done, intSlice...)

	<-heartbeat // wait until the goroutine signals it began
	fmt.Println("worker started")
	i := 0
	for r := range results {
		if expected := intSlice[i] * intSlice[i]; r != expected {
			fmt.Printf("index %v: expected %v, but received %v\n", i, expected, r)
		} else {
			fmt.Printf("index %v: %v ok\n", i, r)
		}
		i++
	}
	fmt.Println("results:", i)

	// a worker that never beats: the caller gives up
	silent := make(chan struct{})
	select {
	case <-silent:
		fmt.Println("beat")
	case <-time.After(50 * time.Millisecond):
		fmt.Println("no heartbeat: giving up on silent worker")
	}

	// heartbeat channel is closed when the worker ends
	count := 0
	for range heartbeat {
		count++
	}
	fmt.Println("leftover pulses at most one:", count <= 1)
}
