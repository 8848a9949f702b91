// A ticker drives a loop until a done channel says stop; after Stop no tick arrives.
package main

import (
	"fmt"
	"time"
)

func main() {
	ticker := time.NewTicker(3 * time.Millisecond)
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
		fmt.Println("tick", n)
		if n == 4 {
			ticker.Stop()
			done <- true
		}
	}
	fmt.Println("ticker stopped")

	select {
	case <-ticker.C:
		fmt.Println("unexpected tick after Stop")
	case <-time.After(12 * time.Millisecond):
		fmt.Println("no tick after Stop")
	}
}
