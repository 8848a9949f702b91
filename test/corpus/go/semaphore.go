// A buffered channel as a counting semaphore: at most 3 of 10 tasks run at once.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	sem := make(chan struct{}, 3)
	var mu sync.Mutex
	var wg sync.WaitGroup
	running, peak, done := 0, 0, 0

	for i := range 10 {
		wg.Add(1)
		go func(task int) {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()

			mu.Lock()
			running++
			peak = max(peak, running)
			mu.Unlock()

			time.Sleep(2 * time.Millisecond)

			mu.Lock()
			running--
			done += task
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	fmt.Println("sum of task ids:", done)
	fmt.Println("peak within limit:", peak <= cap(sem), "peak reached limit:", peak == 3)
	fmt.Println("semaphore empty:", len(sem) == 0)
}
