// "Advanced Go Concurrency Patterns" style: ping-pong Ball, then panic to show the stacks (exit 2)
package main

import (
	"fmt"
	"time"
)

type Ball struct{ hits int }

func player(name string, table chan *Ball, log chan<- string) {
	for {
		ball := <-table
		ball.hits++
		log <- fmt.Sprintf("%s %d", name, ball.hits)
		time.Sleep(time.Millisecond)
		table <- ball
	}
}

func main() {
	table := make(chan *Ball)
	log := make(chan string, 100)
	go player("ping", table, log)
	go player("pong", table, log)

	table <- new(Ball)
	time.Sleep(30 * time.Millisecond)
	ball := <-table
	close(log)
	n := 0
	for range log {
		n++
	}
	fmt.Println("rally happened:", n > 2, "hits match log:", ball.hits == n)
	panic("show me the stacks")
}
