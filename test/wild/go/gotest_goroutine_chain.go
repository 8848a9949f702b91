// Go test/chan style: a long chain of goroutines each adding one, plus a ring passing a token
package main

import "fmt"

func adder(in <-chan int, out chan<- int) {
	for v := range in {
		out <- v + 1
	}
	close(out)
}

func main() {
	const n = 1000
	first := make(chan int)
	var in chan int = first
	for i := 0; i < n; i++ {
		out := make(chan int)
		go adder(in, out)
		in = out
	}
	go func() {
		for i := 0; i < 5; i++ {
			first <- i * 100
		}
		close(first)
	}()
	for v := range in {
		fmt.Println(v)
	}

	// token ring: each node forwards the token, last one reports laps
	const nodes = 8
	ring := make([]chan int, nodes)
	for i := range ring {
		ring[i] = make(chan int)
	}
	done := make(chan int)
	for i := 0; i < nodes; i++ {
		go func(id int) {
			for tok := range ring[id] {
				if id == nodes-1 && tok >= 3*nodes-1 {
					done <- tok
					return
				}
				ring[(id+1)%nodes] <- tok + 1
			}
		}(i)
	}
	ring[0] <- 0
	fmt.Println("token after three laps:", <-done)
}
