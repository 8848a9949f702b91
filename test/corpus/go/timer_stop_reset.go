// time.NewTimer: Stop before it fires, Reset to a shorter delay, wait on its channel.
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	timer := time.NewTimer(time.Hour)
	stopped := timer.Stop()
	fmt.Println("stopped before firing:", stopped)

	wasActive := timer.Reset(5 * time.Millisecond)
	fmt.Println("reset of a stopped timer reports active:", wasActive)
	<-timer.C
	fmt.Println("fired after reset")
	fmt.Println("waited at least 5ms:", time.Since(start) >= 5*time.Millisecond)

	fmt.Println("stop after it fired:", timer.Stop())

	// A timer that a goroutine stops before it can fire.
	t2 := time.NewTimer(20 * time.Millisecond)
	go func() {
		if t2.Stop() {
			fmt.Println("timer 2 stopped by goroutine")
		}
	}()
	select {
	case <-t2.C:
		fmt.Println("timer 2 fired")
	case <-time.After(40 * time.Millisecond):
		fmt.Println("timer 2 never fired")
	}

	// Reset an active timer to fire sooner.
	t3 := time.NewTimer(time.Hour)
	fmt.Println("reset active timer:", t3.Reset(time.Millisecond))
	<-t3.C
	fmt.Println("timer 3 fired")
}
