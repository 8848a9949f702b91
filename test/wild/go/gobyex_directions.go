// Go by Example style: channel directions as function parameters (ping/pong)
package main

import "fmt"

func ping(pings chan<- string, msg string) {
	pings <- msg
}

func pong(pings <-chan string, pongs chan<- string) {
	msg := <-pings
	pongs <- msg + " -> pong"
}

func relay(in <-chan int, out chan<- int, add int) {
	for v := range in {
		out <- v + add
	}
	close(out)
}

func main() {
	pings := make(chan string, 1)
	pongs := make(chan string, 1)
	ping(pings, "passed message")
	pong(pings, pongs)
	fmt.Println(<-pongs)

	a := make(chan int)
	b := make(chan int)
	c := make(chan int)
	go relay(a, b, 10)
	go relay(b, c, 100)
	go func() {
		for i := 1; i <= 4; i++ {
			a <- i
		}
		close(a)
	}()
	for v := range c {
		fmt.Println("relayed", v)
	}
}
