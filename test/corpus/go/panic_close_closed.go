// Closing a channel twice panics: "panic: close of closed channel".
package main

import (
	"fmt"
	"sync"
)

func main() {
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		<-done
		fmt.Println("worker saw done")
	}()
	close(done)
	wg.Wait()
	fmt.Println("closing again")
	close(done)
	fmt.Println("never printed")
}
