// Go by Example style: range over a closed buffered channel, and over a generator
package main

import "fmt"

func squares(n int) <-chan int {
	ch := make(chan int)
	go func() {
		defer close(ch)
		for i := 1; i <= n; i++ {
			ch <- i * i
		}
	}()
	return ch
}

func main() {
	queue := make(chan string, 2)
	queue <- "one"
	queue <- "two"
	close(queue)
	for elem := range queue {
		fmt.Println(elem)
	}

	total := 0
	for sq := range squares(6) {
		fmt.Printf("%d ", sq)
		total += sq
	}
	fmt.Println()
	fmt.Println("total:", total)
}
