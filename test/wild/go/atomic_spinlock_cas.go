// StackOverflow answer style: a spinlock built from atomic.CompareAndSwapInt32 and runtime.Gosched, compared with sync.Mutex and atomic.AddInt64 counters
package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

type SpinLock struct {
	state int32
	spins int64
}

func (l *SpinLock) Lock() {
	for !atomic.CompareAndSwapInt32(&l.state, 0, 1) {
		atomic.AddInt64(&l.spins, 1)
		runtime.Gosched()
	}
}

func (l *SpinLock) Unlock() {
	if !atomic.CompareAndSwapInt32(&l.state, 1, 0) {
		panic("unlock of unlocked SpinLock")
	}
}

func (l *SpinLock) TryLock() bool { return atomic.CompareAndSwapInt32(&l.state, 0, 1) }

func hammer(n, per int, lock sync.Locker, work func()) {
	var wg sync.WaitGroup
	for g := 0; g < n; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < per; i++ {
				lock.Lock()
				work()
				lock.Unlock()
			}
		}()
	}
	wg.Wait()
}

func main() {
	const G, per = 8, 2000
	var spin SpinLock
	var mu sync.Mutex
	plain := 0
	hammer(G, per, &spin, func() { plain++ })
	fmt.Println("spinlock counter:", plain)
	guarded := map[int]int{}
	hammer(G, per, &mu, func() { guarded[len(guarded)%5]++ })
	sum := 0
	for k := 0; k < 5; k++ {
		sum += guarded[k]
	}
	fmt.Println("mutex map total:", sum, "keys:", len(guarded))

	var a64 int64
	var u32 uint32
	var wg sync.WaitGroup
	for g := 0; g < G; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < per; i++ {
				atomic.AddInt64(&a64, 2)
				atomic.AddUint32(&u32, ^uint32(0)) // decrement
			}
		}()
	}
	wg.Wait()
	fmt.Println("atomic int64:", atomic.LoadInt64(&a64), "uint32 wrapped:", atomic.LoadUint32(&u32))

	fmt.Println("trylock free:", spin.TryLock(), "trylock held:", spin.TryLock())
	spin.Unlock()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		spin.Unlock()
	}()
	old := atomic.SwapInt32(&spin.state, 7)
	fmt.Println("swap old:", old, "now:", atomic.LoadInt32(&spin.state), "spins non-negative:", atomic.LoadInt64(&spin.spins) >= 0)
	var v atomic.Value
	v.Store([]string{"cfg", "v1"})
	fmt.Println(v.Load().([]string))
	var name atomic.Value
	name.Store("alpha")
	fmt.Println(name.CompareAndSwap("beta", "gamma"), name.CompareAndSwap("alpha", "delta"), name.Load(), name.Swap("omega"), name.Load())
}
