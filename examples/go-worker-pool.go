// A worker pool: three workers take jobs from a buffered channel and send results to
// another. A WaitGroup tells when every worker is done, and only then is results closed.
// Workers finish in any order, so main sorts what it collects.
package main

import (
	"fmt"
	"sort"
	"sync"
	"time"
)

func worker(jobs <-chan int, results chan<- int, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		time.Sleep(time.Duration(j) * time.Millisecond) // pretend to work
		results <- j * 10
	}
}

func main() {
	jobs := make(chan int, 100)
	results := make(chan int, 100)

	for j := 1; j <= 9; j++ {
		jobs <- j // the buffer has room: no receiver needed yet
	}
	close(jobs) // workers still receive what is buffered, then their range ends
	fmt.Println("queued:", len(jobs), "of capacity", cap(jobs))

	var wg sync.WaitGroup
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go worker(jobs, results, &wg)
	}

	go func() {
		wg.Wait()
		close(results)
	}()

	var all []int
	for r := range results {
		all = append(all, r)
	}
	sort.Ints(all)
	fmt.Println("results:", all)
	fmt.Println("count:", len(all))
}
