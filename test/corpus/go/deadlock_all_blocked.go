// Every goroutine is blocked: two workers wait on each other's channels and main waits
// for them, so the runtime reports a deadlock.
package main

import "fmt"

func main() {
	ping := make(chan string)
	pong := make(chan string)
	finished := make(chan bool)

	go func() {
		msg := <-pong // waits for the other worker first
		ping <- msg + "!"
		finished <- true
	}()
	go func() {
		msg := <-ping // ...which waits for this one
		pong <- msg + "?"
		finished <- true
	}()

	fmt.Println("both workers started")
	<-finished
	<-finished
	fmt.Println("never printed")
}
