// Download statistics kept with atomics: three mirrors report the bytes they served through
// an atomic.Int64, then the counter is pushed to the edges of int64's range, where it wraps.
package main

import (
	"fmt"
	"math"
	"sync"
	"sync/atomic"
)

func main() {
	var served atomic.Int64
	var wg sync.WaitGroup
	chunks := map[string][]int64{
		"eu":   {4096, 8192, 512},
		"us":   {65536, 1024},
		"asia": {2048, 2048, 2048, 30000},
	}
	for _, sizes := range chunks {
		wg.Add(1)
		go func(sizes []int64) {
			defer wg.Done()
			for _, n := range sizes {
				served.Add(n)
			}
		}(sizes)
	}
	wg.Wait()
	fmt.Println("served:", served.Load())

	var doubled int64 = served.Load() * 2
	served.Store(doubled)
	fmt.Println("swapped:", served.CompareAndSwap(doubled, math.MaxInt64), served.Load())
	fmt.Println("wrapped:", served.Add(1))
	fmt.Println("old:", served.Swap(42), "new:", served.Load())

	var hits int64
	atomic.AddInt64(&hits, 5)
	atomic.StoreInt64(&hits, atomic.LoadInt64(&hits)+math.MaxInt64-10)
	fmt.Println("hits:", atomic.LoadInt64(&hits))
	fmt.Println("cas:", atomic.CompareAndSwapInt64(&hits, math.MaxInt64-5, math.MinInt64), hits)

	var bytes atomic.Uint64
	bytes.Add(math.MaxUint64)
	bytes.Add(2)
	fmt.Println("bytes:", bytes.Load())
	var seen uint64
	atomic.AddUint64(&seen, 3)
	fmt.Println("seen:", atomic.LoadUint64(&seen))
}
