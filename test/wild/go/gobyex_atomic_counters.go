// Go by Example style: atomic counters incremented by many goroutines
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var ops atomic.Uint64
	var wg sync.WaitGroup

	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			for c := 0; c < 1000; c++ {
				ops.Add(1)
			}
			wg.Done()
		}()
	}
	wg.Wait()
	fmt.Println("ops:", ops.Load())

	// old-style functions on plain integers
	var hits int64
	var misses int32
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			if n%3 == 0 {
				atomic.AddInt32(&misses, 1)
			} else {
				atomic.AddInt64(&hits, 2)
			}
		}(i)
	}
	wg.Wait()
	fmt.Println("hits:", atomic.LoadInt64(&hits), "misses:", atomic.LoadInt32(&misses))

	var flag atomic.Bool
	winners := make(chan int, 10)
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			if flag.CompareAndSwap(false, true) {
				winners <- id
			}
		}(i)
	}
	wg.Wait()
	close(winners)
	n := 0
	for range winners {
		n++
	}
	fmt.Println("CAS winners:", n, "flag:", flag.Load())
}
