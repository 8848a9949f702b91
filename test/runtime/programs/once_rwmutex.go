// sync.Once runs its function once however many goroutines call it; sync.RWMutex lets
// several readers hold the lock together while a writer waits for all of them.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var once sync.Once
	var wg sync.WaitGroup
	inits := 0
	for range 10 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(func() { inits++ })
		}()
	}
	wg.Wait()
	fmt.Println("initialized", inits, "time(s)")

	var rw sync.RWMutex
	config := map[string]int{"workers": 3}
	inside := make(chan int)
	release := make(chan struct{})
	for range 3 {
		go func() {
			rw.RLock()
			defer rw.RUnlock()
			inside <- config["workers"] // still holding the read lock
			<-release
		}()
	}
	total := 0
	for range 3 {
		total += <-inside
	}
	fmt.Println("3 readers hold the read lock together; they read", total)
	close(release)

	rw.Lock() // waits for every reader to unlock
	config["workers"] = 5
	rw.Unlock()

	rw.RLock()
	fmt.Println("after the write:", config["workers"])
	rw.RUnlock()
}
