// return from inside a select case ends the function, and its deferred calls run.
package main

import (
	"errors"
	"fmt"
	"time"
)

var errTimeout = errors.New("timed out")

func firstOf(chans ...chan string) string {
	defer fmt.Println("firstOf returns")
	for {
		select {
		case s := <-chans[0]:
			return "0:" + s
		case s := <-chans[1]:
			return "1:" + s
		}
	}
}

func waitFor(c <-chan int, limit time.Duration) (n int, err error) {
	select {
	case v, ok := <-c:
		if !ok {
			return 0, errors.New("closed")
		}
		n = v * 2
		return
	case <-time.After(limit):
		err = errTimeout
		return
	}
}

func main() {
	a := make(chan string)
	b := make(chan string, 1)
	b <- "ready"
	fmt.Println(firstOf(a, b))

	c := make(chan int, 1)
	c <- 21
	fmt.Println(waitFor(c, 20*time.Millisecond))
	n, err := waitFor(c, 2*time.Millisecond)
	fmt.Println(n, err, err == errTimeout)
	close(c)
	_, err = waitFor(c, 2*time.Millisecond)
	fmt.Println("after close:", err)
}
