// A WaitGroup whose counter never reaches zero: one worker forgets wg.Done,
// so wg.Wait blocks forever and Go reports a deadlock.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go func() {
			if i != 2 {
				defer wg.Done()
			}
			mu.Lock()
			total += i
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println("never printed", total)
}
