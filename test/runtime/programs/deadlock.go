// A deadlock: one goroutine sends a single value, main waits for a second one that nobody
// will ever send. The runtime notices that every goroutine is asleep.
package main

import "fmt"

func main() {
	ch := make(chan int)
	go func() {
		ch <- 1
	}()
	fmt.Println("first:", <-ch)
	fmt.Println("waiting for a second value...")
	fmt.Println("second:", <-ch)
}
