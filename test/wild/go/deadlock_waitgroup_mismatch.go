// Blog "common mistakes" style: WaitGroup.Add counts more goroutines than call Done (exit 2)
package main

import (
	"fmt"
	"sync"
)

type Job struct {
	ID   int
	Skip bool
}

func main() {
	jobs := []Job{{1, false}, {2, true}, {3, false}}
	var wg sync.WaitGroup
	var mu sync.Mutex
	processed := 0
	wg.Add(len(jobs))
	for _, j := range jobs {
		go func(j Job) {
			if j.Skip {
				return // bug: returns without wg.Done()
			}
			defer wg.Done()
			mu.Lock()
			processed++
			mu.Unlock()
		}(j)
	}
	fmt.Println("waiting for", len(jobs), "jobs")
	wg.Wait()
	fmt.Println("processed", processed)
}
