// A buffered channel as a counting semaphore: at most three jobs run at once.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	const limit = 3
	sem := make(chan struct{}, limit)
	var (
		mu            sync.Mutex
		running       int
		maxConcurrent int
		finished      int
		wg            sync.WaitGroup
	)
	for job := 1; job <= 10; job++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}        // acquire
			defer func() { <-sem }() // release

			mu.Lock()
			running++
			maxConcurrent = max(maxConcurrent, running)
			mu.Unlock()

			time.Sleep(10 * time.Millisecond)

			mu.Lock()
			running--
			finished++
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println("jobs finished:", finished)
	fmt.Println("max concurrent:", maxConcurrent)
	fmt.Println("semaphore slots in use at the end:", len(sem))
}
