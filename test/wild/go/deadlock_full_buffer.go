// Tour/StackOverflow style: main sends to a full buffered channel with no receiver (exit 2)
package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	ch <- 1
	fmt.Println("buffered send ok, len", len(ch))
	ch <- 2 // buffer full and nobody receives
	fmt.Println("never printed")
}
