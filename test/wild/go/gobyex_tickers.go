// Go by Example style: ticker with a done channel, ticks counted not timed
package main

import (
	"fmt"
	"time"
)

func main() {
	ticker := time.NewTicker(10 * time.Millisecond)
	done := make(chan bool)
	ticks := make(chan int)

	go func() {
		n := 0
		for {
			select {
			case <-done:
				close(ticks)
				return
			case <-ticker.C:
				n++
				select {
				case ticks <- n:
				case <-done:
					close(ticks)
					return
				}
			}
		}
	}()

	for n := range ticks {
		fmt.Println("Tick", n)
		if n == 5 {
			ticker.Stop()
			done <- true
			break
		}
	}
	for range ticks {
	}
	fmt.Println("Ticker stopped")
}
