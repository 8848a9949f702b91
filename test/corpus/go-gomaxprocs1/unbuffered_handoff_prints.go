// Sender and receiver on an unbuffered channel both print around each hand-off: who runs after the rendezvous.
package main

import "fmt"

func main() {
	ch := make(chan int)
	done := make(chan struct{})
	go func() {
		for v := range ch {
			fmt.Println("got", v)
		}
		fmt.Println("receiver done")
		close(done)
	}()
	for i := 0; i < 4; i++ {
		fmt.Println("sending", i)
		ch <- i
		fmt.Println("sent", i)
	}
	close(ch)
	<-done
}
