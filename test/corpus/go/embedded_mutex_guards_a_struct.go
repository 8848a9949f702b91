// A sync.Mutex embedded in a named struct and in an anonymous struct variable: Lock and Unlock are promoted.
package main

import (
	"fmt"
	"sync"
)

type SafeCounter struct {
	sync.Mutex
	hits map[string]int
}

func (c *SafeCounter) Inc(key string) {
	c.Lock()
	defer c.Unlock()
	c.hits[key]++
}

var visited = struct {
	sync.RWMutex
	seen map[string]bool
}{seen: make(map[string]bool)}

func visit(url string) bool {
	visited.Lock()
	defer visited.Unlock()
	if visited.seen[url] {
		return false
	}
	visited.seen[url] = true
	return true
}

func main() {
	c := SafeCounter{hits: make(map[string]int)}
	var wg struct {
		sync.WaitGroup
		rounds int
	}
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.Inc("page")
			visit(fmt.Sprint("url", i%5))
		}()
	}
	wg.Wait()
	wg.rounds++
	c.Lock()
	fmt.Println("hits:", c.hits["page"], "rounds:", wg.rounds)
	c.Unlock()
	visited.RLock()
	fmt.Println("distinct urls:", len(visited.seen))
	visited.RUnlock()
}
