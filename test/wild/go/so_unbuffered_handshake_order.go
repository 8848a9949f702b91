// StackOverflow answer style: buffered vs unbuffered channels - an unbuffered send completes only when the receiver takes it; a buffered one returns at once until full
package main

import (
	"fmt"
	"strings"
)

type event struct {
	who, what string
}

func main() {
	// Events go through a single logging channel drained by main, so the printed
	// order is the order in which the steps are forced to happen.
	fmt.Println("== unbuffered ==")
	events := make(chan event, 16)
	ch := make(chan int)
	ack := make(chan struct{})
	go func() {
		for i := 1; i <= 3; i++ {
			events <- event{"sender", fmt.Sprintf("about to send %d", i)}
			ch <- i
			// the receiver has the value now; wait for main to log it first
			<-ack
			events <- event{"sender", fmt.Sprintf("send %d returned", i)}
		}
		close(ch)
	}()
	for v := range ch {
		events <- event{"receiver", fmt.Sprintf("got %d", v)}
		ack <- struct{}{}
	}
	close(events)
	for e := range events {
		fmt.Printf("  %-8s %s\n", e.who, e.what)
	}

	fmt.Println("== buffered (cap 2) ==")
	b := make(chan int, 2)
	var log []string
	for i := 1; i <= 2; i++ {
		b <- i
		log = append(log, fmt.Sprintf("sent %d without a receiver (len=%d)", i, len(b)))
	}
	select {
	case b <- 3:
		log = append(log, "sent 3")
	default:
		log = append(log, "third send would block: buffer full")
	}
	log = append(log, fmt.Sprintf("took %d", <-b))
	b <- 3
	log = append(log, "sent 3 after making room")
	close(b)
	for v := range b {
		log = append(log, fmt.Sprintf("took %d", v))
	}
	fmt.Println("  " + strings.Join(log, "\n  "))

	fmt.Println("== unbuffered with no receiver ==")
	u := make(chan int)
	select {
	case u <- 1:
		fmt.Println("  sent")
	default:
		fmt.Println("  cannot send: nobody is receiving")
	}
}
