// time package docs style: Ticker.Reset to change the period, Stop, and a Timer reused with Reset
package main

import (
	"fmt"
	"time"
)

func main() {
	ticker := time.NewTicker(5 * time.Millisecond)
	start := time.Now()
	fast := 0
	for range ticker.C {
		fast++
		if fast == 3 {
			break
		}
	}
	ticker.Reset(30 * time.Millisecond)
	slowStart := time.Now()
	for range 3 {
		<-ticker.C
	}
	slow := time.Since(slowStart)
	ticker.Stop()
	fmt.Println("fast ticks:", fast)
	fmt.Println("three slow ticks took at least 50ms:", slow >= 50*time.Millisecond)
	fmt.Println("whole thing under 1s:", time.Since(start) < time.Second)

	stopped := time.NewTicker(time.Hour)
	stopped.Stop()
	select {
	case <-stopped.C:
		fmt.Println("tick after stop?")
	case <-time.After(20 * time.Millisecond):
		fmt.Println("no tick from a stopped ticker")
	}

	timer := time.NewTimer(time.Hour)
	fmt.Println("stop pending timer:", timer.Stop())
	timer.Reset(5 * time.Millisecond)
	<-timer.C
	fmt.Println("timer fired after Reset")
	fmt.Println("stop fired timer:", timer.Stop())

	// a ticker driving a bounded loop with a deadline
	tk := time.NewTicker(2 * time.Millisecond)
	defer tk.Stop()
	deadline := time.After(500 * time.Millisecond)
	n := 0
loop:
	for {
		select {
		case <-tk.C:
			n++
			if n == 10 {
				break loop
			}
		case <-deadline:
			fmt.Println("deadline hit first")
			break loop
		}
	}
	fmt.Println("counted", n, "ticks")
}
