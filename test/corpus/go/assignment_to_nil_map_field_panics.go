// A struct's map field starts out nil: reading it gives zero values, writing to it panics.
package main

import "fmt"

type Tally struct {
	Name   string
	Counts map[string]int
}

func (t *Tally) Bump(key string) {
	t.Counts[key]++
}

func main() {
	ready := &Tally{Name: "ready", Counts: map[string]int{}}
	ready.Bump("x")
	fmt.Println(ready.Name, ready.Counts["x"])

	empty := &Tally{Name: "empty"}
	// Reading from a nil map is allowed and gives the zero value.
	fmt.Println(empty.Name, len(empty.Counts), empty.Counts["x"])
	for k := range empty.Counts {
		fmt.Println("never printed", k)
	}
	defer fmt.Println("deferred calls run before the panic is reported")
	empty.Bump("x") // panic: assignment to entry in nil map
	fmt.Println("not reached")
}
