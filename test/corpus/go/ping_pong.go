// Ping-pong: two goroutines hit a ball back and forth over unbuffered channels, so the
// order of the hits is fixed by the channels; the game ends after a fixed number of hits.
package main

import (
	"fmt"
	"time"
)

type Ball struct{ Hits int }

const maxHits = 7

func player(name string, in <-chan *Ball, out chan<- *Ball, over chan<- *Ball, bye chan<- string) {
	for ball := range in {
		ball.Hits++
		fmt.Println(name, ball.Hits)
		time.Sleep(time.Millisecond)
		if ball.Hits == maxHits {
			over <- ball
			return
		}
		out <- ball
	}
	bye <- name
}

func main() {
	pings := make(chan *Ball)
	pongs := make(chan *Ball)
	over := make(chan *Ball)
	bye := make(chan string)
	go player("ping", pings, pongs, over, bye)
	go player("pong", pongs, pings, over, bye)

	pings <- new(Ball)
	ball := <-over
	fmt.Println("game over after", ball.Hits, "hits")
	close(pongs)
	fmt.Println(<-bye, "leaves the table")
}
