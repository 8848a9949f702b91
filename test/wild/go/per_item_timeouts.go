// StackOverflow answer style: per-request timeout with select and time.After inside a loop
package main

import (
	"fmt"
	"time"
)

type reply struct {
	id  int
	val string
}

func call(id int, delay time.Duration) <-chan reply {
	ch := make(chan reply, 1) // buffered so a late reply never blocks the sender forever
	go func() {
		time.Sleep(delay)
		ch <- reply{id, fmt.Sprintf("response-%d", id)}
	}()
	return ch
}

func main() {
	delays := []time.Duration{
		1 * time.Millisecond,
		400 * time.Millisecond,
		2 * time.Millisecond,
		500 * time.Millisecond,
		0,
	}
	ok, timedOut := 0, 0
	for id, d := range delays {
		select {
		case r := <-call(id, d):
			fmt.Printf("call %d: %s\n", r.id, r.val)
			ok++
		case <-time.After(100 * time.Millisecond):
			fmt.Printf("call %d: timed out\n", id)
			timedOut++
		}
	}
	fmt.Printf("%d ok, %d timed out\n", ok, timedOut)

	// a timer reused across iterations
	timer := time.NewTimer(time.Hour)
	defer timer.Stop()
	results := make(chan int)
	go func() {
		for i := 1; i <= 3; i++ {
			results <- i
		}
	}()
	for {
		timer.Reset(100 * time.Millisecond)
		select {
		case v := <-results:
			fmt.Println("result", v)
			continue
		case <-timer.C:
			fmt.Println("idle, giving up")
		}
		break
	}
}
