// Ping-pong between two players over one unbuffered channel, each printing its hits.
package main

import "fmt"

type Ball struct{ hits int }

func player(name string, table chan *Ball, done chan bool) {
	for {
		ball := <-table
		if ball.hits == 6 {
			done <- true
			return
		}
		ball.hits++
		fmt.Println(name, ball.hits)
		table <- ball
	}
}

func main() {
	table := make(chan *Ball)
	done := make(chan bool)
	go player("ping", table, done)
	go player("pong", table, done)
	table <- new(Ball)
	<-done
	fmt.Println("game over")
}
