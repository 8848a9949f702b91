// A ticker and a timer made by package-level variables are pending timers, so waiting on them is no deadlock.
package main

import (
	"fmt"
	"time"
)

var heartbeat = time.Tick(2 * time.Millisecond)

var deadline = time.After(20 * time.Millisecond)

var results = make(chan string, 1)

func main() {
	beats := 0
	for beats < 3 {
		<-heartbeat
		beats++
	}
	fmt.Println("beats:", beats)
	results <- "done"
	fmt.Println(<-results)
	<-deadline
	fmt.Println("deadline reached")
}
