// Timeouts with select and time.After: one reply arrives in time, one is too slow.
package main

import (
	"fmt"
	"time"
)

func slowService(delay time.Duration, reply string) <-chan string {
	c := make(chan string, 1)
	go func() {
		time.Sleep(delay)
		c <- reply
	}()
	return c
}

func ask(name string, delay, limit time.Duration) {
	select {
	case res := <-slowService(delay, name+" done"):
		fmt.Println("got:", res)
	case <-time.After(limit):
		fmt.Println("timeout waiting for", name)
	}
}

func main() {
	ask("fast", 1*time.Millisecond, 30*time.Millisecond)
	ask("slow", 30*time.Millisecond, 2*time.Millisecond)

	// A timeout for a whole loop, created once outside of it.
	ticks := make(chan int)
	go func() {
		for i := 0; ; i++ {
			ticks <- i
			time.Sleep(2 * time.Millisecond)
		}
	}()
	deadline := time.After(15 * time.Millisecond)
	count := 0
	for {
		select {
		case <-ticks:
			count++
			continue
		case <-deadline:
		}
		break
	}
	fmt.Println("received some ticks before the deadline:", count > 0)
}
