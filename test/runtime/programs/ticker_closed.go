// A ticker that ticks three times and is stopped; receive-with-ok on a closed channel;
// len and cap of a buffered channel.
package main

import (
	"fmt"
	"time"
)

func main() {
	ticker := time.NewTicker(10 * time.Millisecond)
	for i := 1; i <= 3; i++ {
		<-ticker.C
		fmt.Println("tick", i)
	}
	ticker.Stop()
	fmt.Println("ticker stopped")

	ch := make(chan int, 3)
	fmt.Println("empty: len", len(ch), "cap", cap(ch))
	ch <- 10
	ch <- 20
	fmt.Println("two sent: len", len(ch), "cap", cap(ch))
	close(ch)
	for i := 0; i < 3; i++ {
		v, ok := <-ch
		fmt.Println("received", v, ok)
	}
	fmt.Println("closed and drained: len", len(ch))

	names := make(chan string)
	close(names)
	name, ok := <-names
	fmt.Printf("zero string %q, ok %t\n", name, ok)
}
