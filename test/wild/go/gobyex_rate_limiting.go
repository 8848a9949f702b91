// Go by Example style: rate limiting with a ticker and a bursty buffered limiter
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

	limiter := time.NewTicker(4 * time.Millisecond)
	defer limiter.Stop()
	for req := range requests {
		<-limiter.C
		fmt.Println("request", req)
	}

	burstyLimiter := make(chan time.Time, 3)
	for i := 0; i < 3; i++ {
		burstyLimiter <- time.Now()
	}
	refill := time.NewTicker(4 * time.Millisecond)
	defer refill.Stop()
	stop := make(chan struct{})
	go func() {
		for {
			select {
			case t := <-refill.C:
				burstyLimiter <- t
			case <-stop:
				return
			}
		}
	}()

	burstyRequests := make(chan int, 5)
	for i := 1; i <= 5; i++ {
		burstyRequests <- i
	}
	close(burstyRequests)
	for req := range burstyRequests {
		<-burstyLimiter
		fmt.Println("bursty request", req)
	}
	close(stop)
}
