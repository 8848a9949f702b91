// Go test/chan style (select7): each receive form (plain, one-case select, select with a nil case, select with a never-ready case) paired with each send form from another goroutine; the receiver must block until the sender arrives
package main

import (
	"fmt"
	"sync/atomic"
)

var recvForms = []struct {
	name string
	f    func(c chan int) int
}{
	{"plain", func(c chan int) int { return <-c }},
	{"select1", func(c chan int) int {
		select {
		case v := <-c:
			return v
		}
	}},
	{"select+nil", func(c chan int) int {
		var nilc chan int
		select {
		case v := <-c:
			return v
		case v := <-nilc:
			return -v
		}
	}},
	{"select+never", func(c chan int) int {
		never := make(chan int)
		select {
		case v := <-never:
			return -v
		case v := <-c:
			return v
		}
	}},
}

var sendForms = []struct {
	name string
	f    func(c chan int, v int)
}{
	{"plain", func(c chan int, v int) { c <- v }},
	{"select1", func(c chan int, v int) {
		select {
		case c <- v:
		}
	}},
	{"select+nil", func(c chan int, v int) {
		var nilc chan int
		select {
		case nilc <- -1:
		case c <- v:
		}
	}},
	{"select+recv", func(c chan int, v int) {
		idle := make(chan int)
		select {
		case <-idle:
		case c <- v:
		}
	}},
}

func main() {
	for ri, r := range recvForms {
		for si, s := range sendForms {
			c := make(chan int)
			var sent atomic.Bool
			want := 100*ri + si
			go func() {
				sent.Store(true)
				s.f(c, want)
			}()
			got := r.f(c)
			ok := got == want && sent.Load()
			fmt.Printf("recv %-12s send %-11s -> %3d ok=%v\n", r.name, s.name, got, ok)
		}
	}

	// Sender blocks first, receiver arrives later: the other direction.
	for _, s := range sendForms {
		c := make(chan int)
		done := make(chan bool)
		go func() { s.f(c, 42); done <- true }()
		for _, r := range recvForms[:1] {
			fmt.Println("late receiver", r.name, "gets", r.f(c), "from", s.name, <-done)
		}
	}

	// Buffered: none of the forms block while there is room.
	b := make(chan int, len(sendForms))
	for i, s := range sendForms {
		s.f(b, i)
	}
	sum := 0
	for _, r := range recvForms {
		sum += r.f(b)
	}
	fmt.Println("buffered sum", sum, "len", len(b))
}
