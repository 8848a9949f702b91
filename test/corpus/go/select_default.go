// select with default: non-blocking receive, non-blocking send, and a polling loop.
package main

import (
	"fmt"
	"time"
)

func main() {
	messages := make(chan string)
	signals := make(chan bool)

	select {
	case msg := <-messages:
		fmt.Println("received message", msg)
	default:
		fmt.Println("no message received")
	}

	msg := "hi"
	select {
	case messages <- msg:
		fmt.Println("sent message", msg)
	default:
		fmt.Println("no message sent")
	}

	select {
	case msg := <-messages:
		fmt.Println("received message", msg)
	case sig := <-signals:
		fmt.Println("received signal", sig)
	default:
		fmt.Println("no activity")
	}

	// A buffered channel accepts sends without a receiver until it is full.
	queue := make(chan int, 2)
	dropped := 0
	for i := range 5 {
		select {
		case queue <- i:
		default:
			dropped++
		}
	}
	fmt.Println("queued:", len(queue), "dropped:", dropped)

	// Poll with default until a slow goroutine delivers; time.After must still fire.
	result := make(chan int, 1)
	go func() {
		time.Sleep(5 * time.Millisecond)
		result <- 42
	}()
	polls := 0
	for {
		select {
		case r := <-result:
			fmt.Println("result after polling:", r, polls > 0)
			return
		default:
			polls++
		}
	}
}
