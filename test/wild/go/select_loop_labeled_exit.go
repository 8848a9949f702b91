// Go by Example/StackOverflow style: for-select event loop left with a labeled break, skips with continue
package main

import (
	"fmt"
	"strings"
)

type event struct {
	kind string
	data string
}

func main() {
	events := make(chan event)
	errs := make(chan error)
	go func() {
		for _, e := range []event{
			{"msg", "hello"}, {"noise", ""}, {"msg", "world"},
			{"msg", ""}, {"cmd", "upper"}, {"msg", "loud"}, {"quit", ""}, {"msg", "never seen"},
		} {
			events <- e
			if e.kind == "quit" {
				return
			}
		}
	}()

	upper := false
	var got []string
loop:
	for {
		select {
		case e := <-events:
			switch e.kind {
			case "noise":
				continue loop
			case "cmd":
				upper = e.data == "upper"
				continue
			case "quit":
				fmt.Println("quit received")
				break loop // a plain break would only leave the switch
			}
			if e.data == "" {
				fmt.Println("skipping empty message")
				continue
			}
			if upper {
				e.data = strings.ToUpper(e.data)
			}
			got = append(got, e.data)
		case err := <-errs:
			fmt.Println("error:", err)
			break loop
		}
	}
	fmt.Println("messages:", got)

	// nested loops over a grid with a labeled continue
	grid := [][]int{{1, 2, -1, 4}, {5, 6, 7, 8}, {-1, 0, 0, 0}}
	sum := 0
rows:
	for r, row := range grid {
		for c, v := range row {
			if v < 0 {
				fmt.Printf("row %d stops at column %d\n", r, c)
				continue rows
			}
			sum += v
		}
	}
	fmt.Println("sum:", sum)
}
