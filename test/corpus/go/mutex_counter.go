// A counter protected by a mutex, with pointer-receiver methods, incremented by
// many goroutines; a map of counters keyed by name.
package main

import (
	"fmt"
	"sync"
)

type SafeCounter struct {
	mu     sync.Mutex
	counts map[string]int
}

func (c *SafeCounter) Inc(key string) {
	c.mu.Lock()
	c.counts[key]++
	c.mu.Unlock()
}

func (c *SafeCounter) Value(key string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.counts[key]
}

func main() {
	c := SafeCounter{counts: make(map[string]int)}
	var wg sync.WaitGroup
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.Inc("hits")
			if i%3 == 0 {
				c.Inc("fizz")
			}
		}()
	}
	wg.Wait()
	fmt.Println("hits:", c.Value("hits"))
	fmt.Println("fizz:", c.Value("fizz"))
	fmt.Println("missing:", c.Value("missing"))
	fmt.Println(c.counts)
}
