// A worker pool, as in Go by Example: jobs go out on a buffered channel to a fixed number of
// workers, results come back on another, and a sync.WaitGroup tells when every worker is done
// so that the results channel can be closed. Each job is the length of a number's Collatz
// sequence. Prints the number of results, the total of the lengths and the longest one.
package main

import (
	"fmt"
	"os"
	"strconv"
	"sync"
)

const numWorkers = 8

type result struct {
	job   int
	steps int
}

func collatzSteps(n int) int {
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return steps
}

func worker(jobs <-chan int, results chan<- result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		results <- result{job: j, steps: collatzSteps(j)}
	}
}

func main() {
	numJobs := 1000
	if len(os.Args) > 1 {
		v, err := strconv.Atoi(os.Args[1])
		if err != nil || v < 1 {
			fmt.Fprintln(os.Stderr, "usage: worker_pool [JOBS]")
			os.Exit(2)
		}
		numJobs = v
	}

	jobs := make(chan int, 100)
	results := make(chan result, 100)

	var wg sync.WaitGroup
	for w := 1; w <= numWorkers; w++ {
		wg.Add(1)
		go worker(jobs, results, &wg)
	}

	go func() {
		for j := 1; j <= numJobs; j++ {
			jobs <- j
		}
		close(jobs)
	}()

	go func() {
		wg.Wait()
		close(results)
	}()

	count, total := 0, 0
	longest := result{}
	for r := range results {
		count++
		total += r.steps
		if r.steps > longest.steps || (r.steps == longest.steps && r.job < longest.job) {
			longest = r
		}
	}
	fmt.Printf("%d jobs by %d workers: %d steps in all, the longest %d steps (from %d)\n",
		count, numWorkers, total, longest.steps, longest.job)
}
