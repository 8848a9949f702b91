// sync/atomic docs style: atomic.Int32/Int64/Bool/Pointer/Value, CompareAndSwap loops, a config hot-swap
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Config struct {
	Version int
	Name    string
}

func main() {
	var ops atomic.Int64
	var maxSeen atomic.Int32
	var wg sync.WaitGroup
	for i := 1; i <= 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ops.Add(int64(i))
			for {
				cur := maxSeen.Load()
				if int32(i) <= cur || maxSeen.CompareAndSwap(cur, int32(i)) {
					break
				}
			}
		}()
	}
	wg.Wait()
	fmt.Println("ops:", ops.Load(), "max:", maxSeen.Load())

	var started atomic.Bool
	winners := atomic.Int32{}
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if started.CompareAndSwap(false, true) {
				winners.Add(1)
			}
		}()
	}
	wg.Wait()
	fmt.Println("started:", started.Load(), "winners:", winners.Load())
	fmt.Println("swap returns old:", started.Swap(false), started.Load())

	var cfg atomic.Pointer[Config]
	fmt.Println("nil pointer before Store:", cfg.Load() == nil)
	cfg.Store(&Config{1, "boot"})
	readers := make([]int, 5)
	for i := range readers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			readers[i] = cfg.Load().Version
		}()
	}
	wg.Wait()
	fmt.Println("readers saw:", readers)
	old := cfg.Swap(&Config{2, "reloaded"})
	fmt.Printf("old=%+v new=%+v\n", *old, *cfg.Load())

	var v atomic.Value
	v.Store([]string{"a", "b"})
	fmt.Println("value:", v.Load().([]string))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		v.Store(42) // different concrete type panics
	}()

	var u atomic.Uint32
	u.Store(1)
	u.Add(^uint32(0)) // subtract one
	fmt.Println("uint32 after add ^0:", u.Load())
	var counter int64
	atomic.AddInt64(&counter, 5)
	fmt.Println("func API:", atomic.LoadInt64(&counter))
}
