// Goroutines sleeping for different durations print in the order of their deadlines, not of their start.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	for _, ms := range []int{300, 100, 500, 200, 400} {
		wg.Add(1)
		go func(ms int) {
			defer wg.Done()
			time.Sleep(time.Duration(ms) * time.Millisecond)
			fmt.Println("slept", ms, "ms")
		}(ms)
	}
	wg.Wait()
	timeout := time.After(250 * time.Millisecond)
	tick := time.NewTicker(100 * time.Millisecond)
	defer tick.Stop()
	for {
		select {
		case <-tick.C:
			fmt.Println("tick")
		case <-timeout:
			fmt.Println("timeout")
			return
		}
	}
}
