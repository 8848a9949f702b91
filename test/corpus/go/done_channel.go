// A done channel: closing it tells every worker to stop at once (a broadcast).
package main

import (
	"fmt"
	"sync"
)

func repeat(done <-chan struct{}, value string) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for {
			select {
			case <-done:
				return
			case out <- value:
			}
		}
	}()
	return out
}

func main() {
	done := make(chan struct{})
	ping := repeat(done, "ping")
	for i := 0; i < 3; i++ {
		fmt.Println(<-ping)
	}

	var wg sync.WaitGroup
	stopped := make(chan int, 4)
	for id := 1; id <= 4; id++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-done
			stopped <- id
		}()
	}
	close(done)
	wg.Wait()
	close(stopped)

	sum := 0
	for id := range stopped {
		sum += id
	}
	fmt.Println("workers stopped, id sum:", sum)

	// After done is closed, the repeater closes its output too.
	for range ping {
	}
	_, ok := <-ping
	fmt.Println("ping open:", ok)
}
