// A worker pool: three workers take jobs from a buffered channel and send results to
// another; a WaitGroup tells when every worker is done so the results channel can close.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type result struct {
	job    int
	square int
}

func worker(id int, jobs <-chan int, results chan<- result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		results <- result{job: j, square: j * j}
	}
}

func main() {
	jobs := make(chan int, 100)
	results := make(chan result, 100)
	var wg sync.WaitGroup

	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}
	for j := 1; j <= 12; j++ {
		jobs <- j
	}
	close(jobs)

	go func() {
		wg.Wait()
		close(results)
	}()

	var squares []int
	for r := range results {
		squares = append(squares, r.square)
	}
	sort.Ints(squares)
	fmt.Println("jobs done:", len(squares))
	fmt.Println("squares:", squares)
}
