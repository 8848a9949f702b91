package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	counter := 0
	inside := 0
	overlapped := false
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 500; i++ {
				mu.Lock()
				inside++
				if inside > 1 {
					overlapped = true
				}
				runtime.Gosched() // others run now, and wait at Lock
				counter++
				inside--
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("counter:", counter, "overlapped:", overlapped)
}
