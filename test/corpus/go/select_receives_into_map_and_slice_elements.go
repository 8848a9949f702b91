// A select case may receive straight into a map entry, a slice element or a struct field, with or without ok.
package main

import "fmt"

type result struct {
	value int
	ok    bool
}

func main() {
	latest := map[string]int{}
	history := make([]int, 2)
	var last result

	prices := make(chan int, 4)
	prices <- 101
	prices <- 102
	prices <- 103
	close(prices)

	select {
	case latest["ACME"] = <-prices:
	}
	for i := range history {
		select {
		case history[i] = <-prices:
		}
	}
	select {
	case last.value, last.ok = <-prices:
	}
	seen := map[string]bool{}
	select {
	case latest["closed"], seen["closed"] = <-prices:
	}
	fmt.Println(latest, history, last, seen)
}
