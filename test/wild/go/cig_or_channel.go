// "Concurrency in Go" book style: the recursive or-channel combining done channels; the earliest signal closes the combined one
package main

import (
	"fmt"
	"time"
)

func or(channels ...<-chan interface{}) <-chan interface{} {
	switch len(channels) {
	case 0:
		return nil
	case 1:
		return channels[0]
	}
	orDone := make(chan interface{})
	go func() {
		defer close(orDone)
		switch len(channels) {
		case 2:
			select {
			case <-channels[0]:
			case <-channels[1]:
			}
		default:
			select {
			case <-channels[0]:
			case <-channels[1]:
			case <-channels[2]:
			case <-or(append(channels[3:], orDone)...):
			}
		}
	}()
	return orDone
}

func after(d time.Duration) <-chan interface{} {
	c := make(chan interface{})
	go func() {
		defer close(c)
		time.Sleep(d)
	}()
	return c
}

func closedNow() <-chan interface{} {
	c := make(chan interface{})
	close(c)
	return c
}

func main() {
	start := time.Now()
	<-or(
		after(2*time.Hour),
		after(5*time.Minute),
		after(30*time.Millisecond),
		after(1*time.Hour),
		after(1*time.Minute),
	)
	el := time.Since(start)
	fmt.Println("five signals: done after at least 30ms:", el >= 30*time.Millisecond, "and well before a minute:", el < 10*time.Second)

	for n := 0; n <= 7; n++ {
		chans := make([]<-chan interface{}, n)
		for i := range chans {
			if i == n-1 {
				chans[i] = closedNow()
			} else {
				chans[i] = after(time.Hour)
			}
		}
		c := or(chans...)
		if c == nil {
			fmt.Printf("n=%d: or() of nothing is a nil channel\n", n)
			continue
		}
		select {
		case _, ok := <-c:
			fmt.Printf("n=%d: closed=%t\n", n, !ok)
		case <-time.After(time.Second):
			fmt.Printf("n=%d: still open\n", n)
		}
	}

	// a single channel is returned as is
	only := closedNow()
	fmt.Println("single passthrough:", or(only) == only)
}
