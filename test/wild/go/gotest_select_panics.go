// Go test/chan style: select corner cases - send on a closed channel inside select panics, closed receive is always ready, nil cases never fire
package main

import (
	"fmt"
	"strings"
)

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%-22s panic: %v\n", name, r)
			return
		}
		fmt.Printf("%-22s ok\n", name)
	}()
	f()
}

func main() {
	closed := make(chan int)
	close(closed)
	var nilc chan int

	try("select send closed", func() {
		select {
		case closed <- 1:
			fmt.Println("unreachable")
		default:
			fmt.Println("unreachable default")
		}
	})
	try("select recv closed", func() {
		for i := 0; i < 3; i++ {
			select {
			case v, ok := <-closed:
				if ok {
					panic("closed channel gave ok")
				}
				_ = v
			default:
				panic("default chosen over closed channel")
			}
		}
	})
	try("nil cases + default", func() {
		hits := 0
		for i := 0; i < 100; i++ {
			select {
			case nilc <- i:
				panic("sent to nil")
			case <-nilc:
				panic("received from nil")
			default:
				hits++
			}
		}
		fmt.Println("  default hits:", hits)
	})
	try("close nil", func() { close(nilc) })
	try("close twice", func() {
		c := make(chan bool)
		close(c)
		close(c)
	})
	try("send closed direct", func() { closed <- 5 })
	try("recv closed direct", func() {
		v := <-closed
		fmt.Println("  got", v)
	})

	// a select where only one case can proceed, repeated
	ready := make(chan string, 3)
	var counts [3]int
	for round := 0; round < 30; round++ {
		ready <- strings.Repeat("x", round%3)
		select {
		case s := <-ready:
			counts[len(s)]++
		case nilc <- round:
			counts[0] += 100
		case <-nilc:
			counts[0] += 1000
		}
	}
	fmt.Println("counts by length:", counts)
	try("empty select w/ panic", func() {
		defer fmt.Println("  deferred before panic propagates")
		var m map[string]int
		select {
		default:
			m["x"] = 1
		}
	})
}
