// Go by Example style: timers fire once, and can be stopped before firing
package main

import (
	"fmt"
	"time"
)

func main() {
	timer1 := time.NewTimer(20 * time.Millisecond)
	<-timer1.C
	fmt.Println("Timer 1 fired")

	timer2 := time.NewTimer(time.Second)
	fired := make(chan bool, 1)
	go func() {
		<-timer2.C
		fired <- true
	}()
	stop2 := timer2.Stop()
	if stop2 {
		fmt.Println("Timer 2 stopped")
	}
	time.Sleep(50 * time.Millisecond)
	select {
	case <-fired:
		fmt.Println("Timer 2 fired (unexpected)")
	default:
		fmt.Println("Timer 2 never fired")
	}

	t3 := time.AfterFunc(10*time.Millisecond, func() {
		fired <- true
	})
	<-fired
	fmt.Println("AfterFunc ran; stop now reports", t3.Stop())

	t4 := time.NewTimer(time.Hour)
	t4.Reset(5 * time.Millisecond)
	<-t4.C
	fmt.Println("Timer 4 fired after reset")
}
