// StackOverflow-question style: "upgrading" a sync.RWMutex read lock to a write lock in the same goroutine deadlocks, because Lock waits for every reader including ourselves (fatal error: all goroutines are asleep - deadlock!)
package main

import (
	"fmt"
	"sync"
)

type Cache struct {
	mu   sync.RWMutex
	data map[string]int
}

func (c *Cache) GetOrCompute(key string, compute func() int) int {
	c.mu.RLock()
	defer c.mu.RUnlock()
	if v, ok := c.data[key]; ok {
		return v
	}
	fmt.Println("miss for", key, "- taking the write lock while still reading")
	c.mu.Lock() // waits for our own read lock: never returns
	defer c.mu.Unlock()
	v := compute()
	c.data[key] = v
	return v
}

func main() {
	c := &Cache{data: map[string]int{"a": 1}}
	var wg sync.WaitGroup
	results := make([]int, 3)
	for i := range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = c.GetOrCompute("a", func() int { return -1 })
		}()
	}
	wg.Wait()
	fmt.Println("hits:", results)
	v := c.GetOrCompute("b", func() int { return 2 })
	fmt.Println("never printed", v)
}
