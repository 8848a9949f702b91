// Unbuffered channels synchronise: a send completes only when a receiver takes the value,
// so a sequence of handoffs between goroutines prints in a fixed order.
package main

import "fmt"

func stage(name string, in <-chan int, out chan<- int) {
	for v := range in {
		fmt.Println(name, "got", v)
		out <- v + 1
	}
	close(out)
}

func main() {
	first := make(chan int)
	second := make(chan int)
	third := make(chan int)
	go stage("A", first, second)
	go stage("B", second, third)

	for i := 0; i < 3; i++ {
		first <- i * 10
		fmt.Println("main got", <-third)
	}
	close(first)
	_, ok := <-third
	fmt.Println("third open:", ok)

	ack := make(chan string)
	go func() {
		msg := <-ack
		ack <- msg + " acknowledged"
	}()
	ack <- "order 66"
	fmt.Println(<-ack)
}
