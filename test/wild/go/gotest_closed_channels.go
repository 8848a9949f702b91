// Go test/chan style: semantics of closed and nil channels, checked with recover
package main

import "fmt"

func expectPanic(name string, f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%-22s panicked: %v\n", name, r)
	}()
	f()
}

func main() {
	c := make(chan int, 3)
	c <- 1
	c <- 2
	close(c)
	fmt.Println("len after close:", len(c), "cap:", cap(c))
	v, ok := <-c
	fmt.Println(v, ok)
	v, ok = <-c
	fmt.Println(v, ok)
	v, ok = <-c
	fmt.Println(v, ok)
	v = <-c
	fmt.Println("again:", v)

	select {
	case x, ok := <-c:
		fmt.Println("select on closed ready:", x, ok)
	default:
		fmt.Println("select default (wrong)")
	}

	var nilc chan int
	select {
	case <-nilc:
		fmt.Println("nil receive ready (wrong)")
	case nilc <- 1:
		fmt.Println("nil send ready (wrong)")
	default:
		fmt.Println("nil channel never ready")
	}
	fmt.Println("nil len/cap:", len(nilc), cap(nilc))

	expectPanic("send on closed", func() { c <- 3 })
	expectPanic("close closed", func() { close(c) })
	expectPanic("close nil", func() { close(nilc) })
	expectPanic("no panic", func() {})

	s := make(chan string)
	close(s)
	str, ok := <-s
	fmt.Printf("%q %v\n", str, ok)
	count := 0
	for range s {
		count++
	}
	fmt.Println("range over closed empty:", count)
}
