// StackOverflow answer style: runtime.NumGoroutine to check for leaks, runtime.Gosched to yield
package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

func waitForCount(want int) bool {
	deadline := time.Now().Add(time.Second)
	for time.Now().Before(deadline) {
		if runtime.NumGoroutine() == want {
			return true
		}
		runtime.Gosched()
		time.Sleep(time.Millisecond)
	}
	return false
}

func leaky(n int) chan struct{} {
	stop := make(chan struct{})
	for i := 0; i < n; i++ {
		go func() { <-stop }()
	}
	return stop
}

func main() {
	base := runtime.NumGoroutine()
	fmt.Println("only main at start:", base == 1)

	stop := leaky(5)
	fmt.Println("five blocked goroutines:", waitForCount(base+5))
	close(stop)
	fmt.Println("back to baseline after close:", waitForCount(base))

	// cooperative yielding: results are collected, then checked
	var wg sync.WaitGroup
	var mu sync.Mutex
	steps := map[string]int{}
	for _, name := range []string{"a", "b"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 5; i++ {
				mu.Lock()
				steps[name]++
				mu.Unlock()
				runtime.Gosched()
			}
		}()
	}
	wg.Wait()
	fmt.Println(steps)

	done := make(chan bool)
	go func() {
		runtime.Gosched()
		done <- true
	}()
	fmt.Println("yielded goroutine finished:", <-done)
	fmt.Println("NumCPU positive:", runtime.NumCPU() > 0, "GOMAXPROCS positive:", runtime.GOMAXPROCS(0) > 0)
	fmt.Println("final count is baseline:", waitForCount(base))
}
