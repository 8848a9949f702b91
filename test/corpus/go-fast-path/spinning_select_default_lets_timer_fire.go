package main

import (
	"fmt"
	"time"
)

// A loop that never blocks: every select takes its default case until the timer closes done.
func main() {
	done := make(chan struct{})
	time.AfterFunc(5*time.Millisecond, func() { close(done) })
	spins := 0
	for {
		select {
		case <-done:
			fmt.Println("timer fired; spun:", spins > 0)
			return
		default:
			spins++
		}
	}
}
