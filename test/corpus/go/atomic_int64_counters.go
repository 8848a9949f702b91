// Atomic counters, as Go by Example counts operations: the atomic.Int64 type and the
// functions on a plain int64, up to its largest value.
package main

import (
	"fmt"
	"math"
	"sync"
	"sync/atomic"
)

func main() {
	var ops atomic.Int64
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for c := 0; c < 1000; c++ {
				ops.Add(1)
			}
		}()
	}
	wg.Wait()
	fmt.Println("ops:", ops.Load())

	var total int64 = ops.Load() * 2
	ops.Store(total)
	fmt.Println("swapped:", ops.CompareAndSwap(100000, math.MaxInt64), ops.Load())
	fmt.Println("wrapped:", ops.Add(1))
	fmt.Println("old:", ops.Swap(42), "new:", ops.Load())

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
