// Goroutines taking turns on a mutex-guarded counter, each printing as it holds the lock.
package main

import (
	"fmt"
	"sync"
)

type Counter struct {
	mu sync.Mutex
	n  int
}

func (c *Counter) Inc(name string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n++
	fmt.Println(name, "->", c.n)
}

func main() {
	var c Counter
	var wg sync.WaitGroup
	for _, name := range []string{"alice", "bob", "carol"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 2; i++ {
				c.Inc(name)
			}
		}()
	}
	wg.Wait()
	fmt.Println("total", c.n)
}
