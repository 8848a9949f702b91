// Sending on a closed channel panics, even on a buffered channel with room left.
package main

import "fmt"

func main() {
	ch := make(chan string, 2)
	ch <- "one"
	close(ch)
	fmt.Println("still receivable after close:", <-ch)
	fmt.Println("sending on the closed channel...")
	ch <- "two"
	fmt.Println("unreachable")
}
