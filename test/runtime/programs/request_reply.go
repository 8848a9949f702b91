// Request/reply over a channel of channels: each request carries the channel its reply
// goes to, so one server goroutine answers many clients.
package main

import (
	"fmt"
	"sync"
)

type request struct {
	n     int
	reply chan int
}

func server(requests <-chan request) {
	for req := range requests {
		req.reply <- req.n * req.n
	}
}

func main() {
	requests := make(chan request)
	go server(requests)

	// One client, one question at a time.
	for n := 1; n <= 3; n++ {
		reply := make(chan int)
		requests <- request{n, reply}
		fmt.Printf("%d squared is %d\n", n, <-reply)
	}

	// Five clients at once; each reply lands in its own slot.
	answers := make([]int, 5)
	var wg sync.WaitGroup
	for i := range 5 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			reply := make(chan int)
			requests <- request{10 + i, reply}
			answers[i] = <-reply
		}()
	}
	wg.Wait()
	close(requests)
	fmt.Println("answers:", answers)

	// A chan of chan: the replies themselves travel on a channel.
	replies := make(chan chan string, 2)
	for _, name := range []string{"alpha", "beta"} {
		r := make(chan string, 1)
		r <- "hello, " + name
		replies <- r
	}
	close(replies)
	for r := range replies {
		fmt.Println(<-r)
	}
}
