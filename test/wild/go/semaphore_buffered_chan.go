// Effective Go style: buffered channel as a counting semaphore limiting concurrent work
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

type Semaphore chan struct{}

func (s Semaphore) Acquire() { s <- struct{}{} }
func (s Semaphore) Release() { <-s }

func main() {
	const limit = 3
	sem := make(Semaphore, limit)
	var active, peak atomic.Int32
	var wg sync.WaitGroup
	out := make([]string, 10)

	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			sem.Acquire()
			defer sem.Release()
			n := active.Add(1)
			for {
				p := peak.Load()
				if n <= p || peak.CompareAndSwap(p, n) {
					break
				}
			}
			time.Sleep(2 * time.Millisecond)
			out[id] = fmt.Sprintf("task %d processed", id)
			active.Add(-1)
		}(i)
	}
	wg.Wait()
	for _, s := range out {
		fmt.Println(s)
	}
	fmt.Println("peak within limit:", peak.Load() <= limit, "peak > 0:", peak.Load() > 0)
	fmt.Println("semaphore drained:", len(sem) == 0)
}
