// time package docs style: a watchdog time.Timer reset on every heartbeat; it fires only after the heartbeats stop (2 ms beats against a 250 ms watchdog)
package main

import (
	"fmt"
	"time"
)

type Watchdog struct {
	timer   *time.Timer
	timeout time.Duration
	resets  int
}

func NewWatchdog(d time.Duration) *Watchdog {
	return &Watchdog{timer: time.NewTimer(d), timeout: d}
}

func (w *Watchdog) Kick() {
	if !w.timer.Stop() {
		select {
		case <-w.timer.C:
		default:
		}
	}
	w.timer.Reset(w.timeout)
	w.resets++
}

func main() {
	beats := make(chan int)
	go func() {
		for i := 1; i <= 12; i++ {
			time.Sleep(2 * time.Millisecond)
			beats <- i
		}
		// then silence
	}()

	wd := NewWatchdog(250 * time.Millisecond)
	last := 0
	start := time.Now()
loop:
	for {
		select {
		case b := <-beats:
			last = b
			wd.Kick()
		case <-wd.timer.C:
			fmt.Println("watchdog fired")
			break loop
		}
	}
	el := time.Since(start)
	fmt.Println("last heartbeat:", last, "resets:", wd.resets)
	fmt.Println("fired after silence (>= 24+250 ms):", el >= 274*time.Millisecond)

	// Stop reports whether it stopped a pending timer
	t := time.NewTimer(time.Hour)
	fmt.Println("stop pending:", t.Stop(), "stop again:", t.Stop())

	// Reset on a stopped timer re-arms it
	t.Reset(10 * time.Millisecond)
	select {
	case <-t.C:
		fmt.Println("re-armed timer fired")
	case <-time.After(500 * time.Millisecond):
		fmt.Println("re-armed timer did not fire")
	}

	// AfterFunc-based watchdog with a done channel
	done := make(chan string)
	fired := 0
	af := time.AfterFunc(200*time.Millisecond, func() { fired++; done <- "afterfunc fired" })
	for i := 0; i < 3; i++ {
		time.Sleep(2 * time.Millisecond)
		af.Reset(200 * time.Millisecond)
	}
	fmt.Println(<-done, "count:", fired)
}
