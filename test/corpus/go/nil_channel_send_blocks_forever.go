// A send or receive on a nil channel variable blocks its goroutine forever (it neither panics
// nor throws), while main goes on and ends the program.
package main

import (
	"fmt"
	"time"
)

func main() {
	var jobs chan string
	var ready chan bool
	go func() {
		jobs <- "lost"
		fmt.Println("never: the send went through")
	}()
	go func() {
		v, ok := <-ready
		fmt.Println("never: received", v, ok)
	}()
	go func() {
		fmt.Println("never:", <-jobs)
	}()
	time.Sleep(20 * time.Millisecond)
	fmt.Println("main: three goroutines still blocked on nil channels")
}
