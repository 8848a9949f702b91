// Translator bench input (100 lines): a generator, a worker pool and a collector with a timeout.
package main

import (
	"fmt"
	"sync"
	"time"
)

type Job struct {
	ID    int
	Input int
}

type Result struct {
	JobID  int
	Output int
	Worker string
}

type Stats struct {
	mu        sync.Mutex
	processed int
	sum       int
}

func (s *Stats) Add(r Result) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.processed++
	s.sum += r.Output
}

func generate(n int) <-chan Job {
	jobs := make(chan Job, 8)
	go func() {
		defer close(jobs)
		for i := 1; i <= n; i++ {
			jobs <- Job{ID: i, Input: i * 3}
		}
	}()
	return jobs
}

func worker(name string, jobs <-chan Job, results chan<- Result, wg *sync.WaitGroup) {
	defer wg.Done()
	for job := range jobs {
		out := job.Input * job.Input
		if out%2 == 0 {
			out /= 2
		}
		results <- Result{JobID: job.ID, Output: out, Worker: name}
	}
}

func startPool(size int, jobs <-chan Job) <-chan Result {
	results := make(chan Result)
	var wg sync.WaitGroup
	for i := 0; i < size; i++ {
		wg.Add(1)
		go worker(fmt.Sprintf("w%d", i), jobs, results, &wg)
	}
	go func() {
		wg.Wait()
		close(results)
	}()
	return results
}

func collect(results <-chan Result, stats *Stats, done chan<- bool) {
	for {
		select {
		case r, ok := <-results:
			if !ok {
				done <- true
				return
			}
			stats.Add(r)
		case <-time.After(500 * time.Millisecond):
			done <- false
			return
		}
	}
}

func main() {
	stats := &Stats{}
	done := make(chan bool)
	results := startPool(4, generate(20))
	go collect(results, stats, done)
	if ok := <-done; !ok {
		fmt.Println("pipeline did not finish")
		return
	}
	fmt.Printf("processed %d jobs, sum %d\n", stats.processed, stats.sum)
	var quit = make(chan struct{})
	close(quit)
	_, open := <-quit
	fmt.Println("quit closed:", !open)
}
