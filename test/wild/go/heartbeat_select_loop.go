// "Concurrency in Go" book style: worker emitting heartbeats and results; supervisor with timeout
package main

import (
	"fmt"
	"time"
)

func doWork(done <-chan struct{}, nums ...int) (<-chan struct{}, <-chan int) {
	heartbeat := make(chan struct{}, 1)
	results := make(chan int)
	go func() {
		defer close(heartbeat)
		defer close(results)
		for _, n := range nums {
			select {
			case heartbeat <- struct{}{}:
			default: // nobody listening is fine
			}
			select {
			case <-done:
				return
			case results <- n * 10:
			}
		}
	}()
	return heartbeat, results
}

func main() {
	done := make(chan struct{})
	defer close(done)
	intSlice := []int{1, 2, 3, 5, 7}
	heartbeat, results := doWork(done, intSlice...)
	beats := 0
	i := 0
	for {
		select {
		case _, ok := <-heartbeat:
			if ok {
				beats++
			}
		case r, ok := <-results:
			if !ok {
				fmt.Println("results closed after", i, "values; heartbeats bounded:", beats <= len(intSlice))
				return
			}
			if expected := intSlice[i] * 10; r != expected {
				fmt.Printf("index %v: expected %v, received %v\n", i, expected, r)
			} else {
				fmt.Println("ok", r)
			}
			i++
		case <-time.After(time.Second):
			fmt.Println("test timed out")
			return
		}
	}
}
