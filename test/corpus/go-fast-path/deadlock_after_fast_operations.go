package main

import "fmt"

func main() {
	ch := make(chan int, 3)
	for i := 0; i < 3; i++ {
		ch <- i
	}
	sum := 0
	for i := 0; i < 3; i++ {
		sum += <-ch
	}
	fmt.Println("sum", sum)
	fmt.Println(<-ch) // the buffer is empty and nobody else can send: Go reports a deadlock
}
