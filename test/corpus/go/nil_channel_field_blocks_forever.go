// A struct's channel field that was never made is nil: sending or receiving on it blocks
// forever, so the program deadlocks instead of crashing.
package main

import "fmt"

type Mailbox struct {
	owner string
	inbox chan string
}

func main() {
	box := Mailbox{owner: "kim"}
	fmt.Println(box.owner, "has a nil inbox:", box.inbox == nil)
	go func() {
		fmt.Println("sender starts")
		box.inbox <- "hello" // blocks forever
	}()
	msg := <-box.inbox // blocks forever: fatal error, all goroutines are asleep
	fmt.Println("got", msg)
}
