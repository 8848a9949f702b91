// Go by Example style: WaitGroup with closures capturing loop variable (Go 1.22 semantics)
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	finished := make([]bool, 6)
	order := 0

	for i := 1; i <= 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			finished[i] = true
			order++
			mu.Unlock()
		}()
	}
	wg.Wait()
	for i := 1; i <= 5; i++ {
		fmt.Printf("Worker %d done: %v\n", i, finished[i])
	}
	fmt.Println("count:", order)

	// nested groups: each parent waits on its own children
	var outer sync.WaitGroup
	sums := make([]int, 3)
	for p := 0; p < 3; p++ {
		outer.Add(1)
		go func(p int) {
			defer outer.Done()
			var inner sync.WaitGroup
			parts := make([]int, 4)
			for c := 0; c < 4; c++ {
				inner.Add(1)
				go func() {
					defer inner.Done()
					parts[c] = (p + 1) * (c + 1)
				}()
			}
			inner.Wait()
			for _, v := range parts {
				sums[p] += v
			}
		}(p)
	}
	outer.Wait()
	fmt.Println("sums:", sums)
}
