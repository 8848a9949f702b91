// sync package docs style: sync.Map as a concurrent registry (LoadOrStore, CompareAndSwap, LoadAndDelete, Range)
package main

import (
	"fmt"
	"sort"
	"sync"
)

type session struct {
	user  string
	count int
}

func main() {
	var registry sync.Map
	var wg sync.WaitGroup
	var mu sync.Mutex
	created := 0

	users := []string{"ann", "bob", "ann", "cat", "bob", "ann"}
	for _, u := range users {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s := &session{user: u}
			if _, loaded := registry.LoadOrStore(u, s); !loaded {
				mu.Lock()
				created++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("sessions created:", created)

	// counters updated with CompareAndSwap retries
	var hits sync.Map
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			key := []string{"home", "about"}[i%2]
			for k := 0; k < 25; k++ {
				for {
					old, loaded := hits.LoadOrStore(key, 1)
					if !loaded {
						break
					}
					if hits.CompareAndSwap(key, old, old.(int)+1) {
						break
					}
				}
			}
		}()
	}
	wg.Wait()

	var keys []string
	hits.Range(func(k, v any) bool {
		keys = append(keys, fmt.Sprintf("%s=%d", k, v))
		return true
	})
	sort.Strings(keys)
	fmt.Println("hits:", keys)

	v, ok := registry.Load("bob")
	fmt.Println("bob:", v.(*session).user, ok)
	_, ok = registry.Load("dan")
	fmt.Println("dan present:", ok)

	prev, loaded := registry.LoadAndDelete("cat")
	fmt.Println("deleted cat:", prev.(*session).user, loaded)
	_, loaded = registry.LoadAndDelete("cat")
	fmt.Println("delete again:", loaded)

	prevV, swapped := registry.Swap("ann", &session{user: "ann", count: 9})
	fmt.Println("swap had previous:", swapped, prevV.(*session).count)
	fmt.Println("CompareAndDelete with wrong old:", registry.CompareAndDelete("bob", "nope"))

	n := 0
	registry.Range(func(_, _ any) bool { n++; return true })
	fmt.Println("entries left:", n)
	registry.Clear()
	registry.Range(func(_, _ any) bool { n = -100; return true })
	fmt.Println("after Clear, range saw nothing:", n == 2)
}
