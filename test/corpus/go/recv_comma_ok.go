// v, ok := <-ch tells a real zero value from a closed channel; len and cap of channels.
package main

import "fmt"

type Point struct{ X, Y int }

func main() {
	ch := make(chan int, 4)
	fmt.Println("len", len(ch), "cap", cap(ch))
	ch <- 0
	ch <- 5
	fmt.Println("len", len(ch), "cap", cap(ch))
	close(ch)
	fmt.Println("len after close", len(ch))

	for i := 0; i < 3; i++ {
		v, ok := <-ch
		fmt.Printf("v=%d ok=%t\n", v, ok)
	}

	var v int
	var ok bool
	v, ok = <-ch
	fmt.Println("again:", v, ok)

	words := make(chan string)
	close(words)
	w, ok := <-words
	fmt.Printf("%q %v\n", w, ok)

	points := make(chan Point, 1)
	points <- Point{1, 2}
	close(points)
	p, ok := <-points
	fmt.Println(p, ok)
	p, ok = <-points
	fmt.Println(p, ok)
	fmt.Printf("%+v\n", p)

	unbuffered := make(chan bool)
	fmt.Println("unbuffered len", len(unbuffered), "cap", cap(unbuffered))
	var nilCh chan int
	fmt.Println("nil len", len(nilCh), "cap", cap(nilCh))
}
