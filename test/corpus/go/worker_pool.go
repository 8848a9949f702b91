// A worker pool: three workers take jobs from a buffered channel and send results back;
// a WaitGroup tells when every worker has finished so the results channel can be closed.
package main

import (
	"fmt"
	"sort"
	"sync"
	"time"
)

type Result struct {
	Job    int
	Output int
}

func worker(id int, jobs <-chan int, results chan<- Result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		time.Sleep(time.Millisecond)
		results <- Result{Job: j, Output: j * 10}
	}
	_ = id
}

func main() {
	const numJobs = 8
	jobs := make(chan int, numJobs)
	results := make(chan Result, numJobs)

	var wg sync.WaitGroup
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}
	for j := 1; j <= numJobs; j++ {
		jobs <- j
	}
	close(jobs)

	wg.Wait()
	close(results)

	var collected []Result
	for r := range results {
		collected = append(collected, r)
	}
	sort.Slice(collected, func(a, b int) bool { return collected[a].Job < collected[b].Job })
	total := 0
	for _, r := range collected {
		fmt.Printf("job %d -> %d\n", r.Job, r.Output)
		total += r.Output
	}
	fmt.Println("total:", total)
}
