// Rate limiting with time.Tick, and a bursty limiter made of a buffered channel.
package main

import (
	"fmt"
	"time"
)

func main() {
	requests := make(chan int, 5)
	for i := 1; i <= 5; i++ {
		requests <- i
	}
	close(requests)

	start := time.Now()
	limiter := time.Tick(4 * time.Millisecond)
	for req := range requests {
		<-limiter
		fmt.Println("request", req)
	}
	fmt.Println("five requests took at least 20ms:", time.Since(start) >= 20*time.Millisecond)

	bursty := make(chan time.Time, 3)
	for range 3 {
		bursty <- time.Now()
	}
	go func() {
		for t := range time.Tick(4 * time.Millisecond) {
			bursty <- t
		}
	}()

	burstRequests := make(chan int, 5)
	for i := 1; i <= 5; i++ {
		burstRequests <- i
	}
	close(burstRequests)
	for req := range burstRequests {
		<-bursty
		fmt.Println("burst request", req)
	}
	fmt.Println("burst capacity:", cap(bursty))
}
