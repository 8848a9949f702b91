// A read-mostly cache guarded by sync.RWMutex: many readers share RLock, writers Lock.
package main

import (
	"fmt"
	"sync"
)

type Cache struct {
	mu   sync.RWMutex
	data map[string]int
}

func NewCache() *Cache {
	return &Cache{data: map[string]int{}}
}

func (c *Cache) Get(key string) (int, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	v, ok := c.data[key]
	return v, ok
}

func (c *Cache) Set(key string, value int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.data[key] = value
}

func main() {
	cache := NewCache()
	keys := []string{"a", "b", "c", "d"}
	var wg sync.WaitGroup
	for i, k := range keys {
		wg.Add(1)
		go func() {
			defer wg.Done()
			cache.Set(k, (i+1)*100)
		}()
	}
	wg.Wait()

	var mu sync.Mutex
	hits := 0
	for range 20 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, k := range []string{"a", "c", "z"} {
				if _, ok := cache.Get(k); ok {
					mu.Lock()
					hits++
					mu.Unlock()
				}
			}
		}()
	}
	wg.Wait()
	fmt.Println("hits:", hits)
	v, ok := cache.Get("d")
	fmt.Println("d =", v, ok)
	fmt.Println(cache.data)
}
