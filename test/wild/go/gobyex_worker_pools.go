// Go by Example style: worker pool with jobs and results channels
package main

import (
	"fmt"
	"sort"
	"time"
)

type result struct {
	worker, job, value int
}

func worker(id int, jobs <-chan int, results chan<- result) {
	for j := range jobs {
		time.Sleep(time.Millisecond)
		results <- result{worker: id, job: j, value: j * 2}
	}
}

func main() {
	const numJobs = 9
	jobs := make(chan int, numJobs)
	results := make(chan result, numJobs)

	for w := 1; w <= 3; w++ {
		go worker(w, jobs, results)
	}
	for j := 1; j <= numJobs; j++ {
		jobs <- j
	}
	close(jobs)

	collected := make([]result, 0, numJobs)
	perWorker := map[int]int{}
	for a := 1; a <= numJobs; a++ {
		r := <-results
		collected = append(collected, r)
		perWorker[r.worker]++
	}
	sort.Slice(collected, func(i, k int) bool { return collected[i].job < collected[k].job })
	for _, r := range collected {
		fmt.Printf("job %d -> %d\n", r.job, r.value)
	}
	total := 0
	for _, n := range perWorker {
		total += n
	}
	fmt.Println("jobs done by all workers:", total)
}
