// select with a timeout: a fast producer beats time.After, a slow one loses to it, and a
// select with default does not wait at all.
package main

import (
	"fmt"
	"time"
)

func produceAfter(d time.Duration, value string) <-chan string {
	out := make(chan string, 1) // buffered: the late producer does not leak
	go func() {
		time.Sleep(d)
		out <- value
	}()
	return out
}

func main() {
	fast := produceAfter(5*time.Millisecond, "fast result")
	select {
	case v := <-fast:
		fmt.Println("got:", v)
	case <-time.After(2 * time.Second):
		fmt.Println("timeout")
	}

	slow := produceAfter(2*time.Second, "slow result")
	select {
	case v := <-slow:
		fmt.Println("got:", v)
	case <-time.After(30 * time.Millisecond):
		fmt.Println("timeout")
	}

	empty := make(chan int)
	select {
	case v := <-empty:
		fmt.Println("got:", v)
	default:
		fmt.Println("nothing ready, default taken")
	}
}
