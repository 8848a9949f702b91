// chan chan T: a pool hands out worker channels; callers send work to the channel they
// receive, so each job goes to an idle worker.
package main

import (
	"fmt"
	"sync"
)

type Job struct {
	N      int
	Result chan<- int
}

func startWorker(pool chan chan Job, wg *sync.WaitGroup) {
	mine := make(chan Job)
	go func() {
		defer wg.Done()
		for {
			pool <- mine
			job, ok := <-mine
			if !ok {
				return
			}
			job.Result <- job.N * job.N
		}
	}()
}

func main() {
	pool := make(chan chan Job)
	var wg sync.WaitGroup
	for range 3 {
		wg.Add(1)
		startWorker(pool, &wg)
	}

	results := make(chan int, 10)
	for n := 1; n <= 10; n++ {
		worker := <-pool
		worker <- Job{N: n, Result: results}
	}
	total := 0
	for range 10 {
		total += <-results
	}
	fmt.Println("sum of squares 1..10:", total)

	// Shut down: take each idle worker's channel once and close it.
	for range 3 {
		close(<-pool)
	}
	wg.Wait()
	var replies chan chan int
	fmt.Println("nil chan chan:", replies == nil, "type", fmt.Sprintf("%T", replies))
}
