// sync.Map shared by goroutines (Store, Load, LoadOrStore, Range, Delete) and sync/atomic
// counters: the AddInt64 functions and the atomic.Int64/Int32/Bool/Value types.
package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

type stats struct {
	hits   atomic.Int64
	misses atomic.Int32
}

var seen sync.Map

func main() {
	var wg sync.WaitGroup
	var ops int64
	var st stats
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for i := 0; i < 25; i++ {
				atomic.AddInt64(&ops, 1)
				if _, loaded := seen.LoadOrStore(i%5, id); loaded {
					st.hits.Add(1)
				} else {
					st.misses.Add(1)
				}
			}
		}(w)
	}
	wg.Wait()
	fmt.Println("ops:", atomic.LoadInt64(&ops), "hits:", st.hits.Load(), "misses:", st.misses.Load())

	var keys []int
	seen.Range(func(k, v any) bool {
		keys = append(keys, k.(int))
		return true
	})
	sort.Ints(keys)
	fmt.Println("keys:", keys)
	seen.Delete(0)
	_, ok := seen.Load(0)
	v, ok2 := seen.Load(1)
	fmt.Println(ok, v != nil, ok2)

	var closed atomic.Bool
	fmt.Println(closed.Load(), closed.CompareAndSwap(false, true), closed.Load(), closed.Swap(false))
	var config atomic.Value
	fmt.Println(config.Load() == nil)
	config.Store("v2")
	fmt.Println(config.Load())
	var n int32 = 10
	fmt.Println(atomic.CompareAndSwapInt32(&n, 10, 11), atomic.SwapInt32(&n, 20), n)
}
