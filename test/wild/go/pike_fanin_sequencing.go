// Pike "Go Concurrency Patterns" style: fan-in multiplexing, restoring sequence with a wait channel
package main

import (
	"fmt"
	"sort"
)

type Message struct {
	str  string
	wait chan bool
}

func boring(msg string) <-chan Message {
	c := make(chan Message)
	waitForIt := make(chan bool)
	go func() {
		for i := 0; ; i++ {
			c <- Message{fmt.Sprintf("%s: %d", msg, i), waitForIt}
			<-waitForIt
		}
	}()
	return c
}

func fanIn(input1, input2 <-chan Message) <-chan Message {
	c := make(chan Message)
	go func() {
		for {
			select {
			case s := <-input1:
				c <- s
			case s := <-input2:
				c <- s
			}
		}
	}()
	return c
}

func main() {
	c := fanIn(boring("Joe"), boring("Ann"))
	for i := 0; i < 4; i++ {
		msg1 := <-c
		msg2 := <-c
		round := []string{msg1.str, msg2.str}
		sort.Strings(round)
		fmt.Println(round[0])
		fmt.Println(round[1])
		msg1.wait <- true
		msg2.wait <- true
	}
	fmt.Println("You're both boring; I'm leaving.")
}
