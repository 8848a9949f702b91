// StackOverflow style: cache struct embedding sync.RWMutex, concurrent readers and writers
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Cache struct {
	sync.RWMutex
	data   map[string]int
	misses int
}

func NewCache() *Cache { return &Cache{data: make(map[string]int)} }

func (c *Cache) Get(k string) (int, bool) {
	c.RLock()
	defer c.RUnlock()
	v, ok := c.data[k]
	return v, ok
}

func (c *Cache) GetOrCompute(k string, f func(string) int) int {
	if v, ok := c.Get(k); ok {
		return v
	}
	c.Lock()
	defer c.Unlock()
	if v, ok := c.data[k]; ok { // double-checked
		return v
	}
	c.misses++
	v := f(k)
	c.data[k] = v
	return v
}

func main() {
	c := NewCache()
	words := strings.Fields("go chan select go defer chan panic go recover select")
	var wg sync.WaitGroup
	totals := make([]int, 4)
	for r := 0; r < 4; r++ {
		wg.Add(1)
		go func(r int) {
			defer wg.Done()
			for _, w := range words {
				totals[r] += c.GetOrCompute(w, func(s string) int { return len(s) * 10 })
			}
		}(r)
	}
	wg.Wait()
	fmt.Println("totals:", totals)
	fmt.Println("misses (unique words):", c.misses)
	c.RLock()
	keys := make([]string, 0, len(c.data))
	for k := range c.data {
		keys = append(keys, k)
	}
	c.RUnlock()
	sort.Strings(keys)
	for _, k := range keys {
		v, _ := c.Get(k)
		fmt.Println(k, v)
	}
}
