// Classic exercise style: sleeping barber with a buffered waiting room and turned-away customers
package main

import (
	"fmt"
	"sync"
)

type customer struct {
	id   int
	name string
}

func barber(room <-chan customer, open <-chan struct{}, done chan<- []string, wg *sync.WaitGroup) {
	defer wg.Done()
	<-open // the barber is asleep until the shop opens
	var log []string
	for c := range room {
		log = append(log, fmt.Sprintf("cut hair of #%d %s", c.id, c.name))
	}
	done <- log
}

func arrive(room chan<- customer, c customer) bool {
	select {
	case room <- c:
		return true
	default:
		return false
	}
}

func main() {
	const chairs = 3
	room := make(chan customer, chairs)
	open := make(chan struct{})
	done := make(chan []string, 1)
	var wg sync.WaitGroup
	wg.Add(1)
	go barber(room, open, done, &wg)

	names := []string{"Ann", "Bob", "Cid", "Dee", "Eve", "Fay"}
	turnedAway := 0
	for i, n := range names {
		c := customer{id: i + 1, name: n}
		if arrive(room, c) {
			fmt.Printf("%-4s takes a seat (%d/%d chairs used)\n", n, len(room), chairs)
		} else {
			fmt.Printf("%-4s finds no free chair and leaves\n", n)
			turnedAway++
		}
	}
	close(open)
	close(room)
	wg.Wait()
	for _, line := range <-done {
		fmt.Println(line)
	}
	fmt.Printf("served=%d turned away=%d\n", len(names)-turnedAway, turnedAway)
}
