// Go by Example style: select across two channels, results gathered then ordered
package main

import (
	"fmt"
	"sort"
	"time"
)

func main() {
	c1 := make(chan string)
	c2 := make(chan string)

	go func() {
		time.Sleep(10 * time.Millisecond)
		c1 <- "one"
	}()
	go func() {
		time.Sleep(20 * time.Millisecond)
		c2 <- "two"
	}()

	var got []string
	for i := 0; i < 2; i++ {
		select {
		case msg1 := <-c1:
			got = append(got, "received "+msg1)
		case msg2 := <-c2:
			got = append(got, "received "+msg2)
		}
	}
	sort.Strings(got)
	for _, g := range got {
		fmt.Println(g)
	}
}
