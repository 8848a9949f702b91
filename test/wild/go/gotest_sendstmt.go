// Go test/chan style: evaluation order of send statements and select cases
package main

import "fmt"

var trace []string

func ch(name string, c chan int) chan int {
	trace = append(trace, "chan "+name)
	return c
}

func val(name string, v int) int {
	trace = append(trace, "val "+name)
	return v
}

func main() {
	c := make(chan int, 2)
	ch("c", c) <- val("1", 1)
	fmt.Println(trace, <-c)

	trace = nil
	a := make(chan int, 1)
	b := make(chan int) // never ready for sending
	var nilc chan int
	select {
	case ch("b", b) <- val("b", 10):
		fmt.Println("sent to b")
	case ch("a", a) <- val("a", 20):
		fmt.Println("sent to a")
	case x := <-ch("nil", nilc):
		fmt.Println("recv nil", x)
	}
	// every channel and value expression is evaluated once, in source order
	fmt.Println(trace)
	fmt.Println(<-a)

	// multiple assignment from channels is left to right
	q := make(chan int, 3)
	q <- 1
	q <- 2
	q <- 3
	x, y, z := <-q, <-q, <-q
	fmt.Println(x, y, z)

	// the channel of channels idiom
	reqs := make(chan chan string, 1)
	go func() {
		r := <-reqs
		r <- "reply"
	}()
	reply := make(chan string)
	reqs <- reply
	fmt.Println(<-reply)
}
