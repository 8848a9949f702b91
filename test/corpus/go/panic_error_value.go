// panic with an error value: Go prints the error's message; a recovered and re-raised
// panic keeps its value. Deferred calls run on the way out.
package main

import (
	"errors"
	"fmt"
)

var ErrCorrupt = errors.New("corrupt record")

func parse(records []string) (count int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("parse recovered:", r, "after", count, "records")
			panic(r)
		}
	}()
	for _, rec := range records {
		if rec == "" {
			panic(fmt.Errorf("record %d: %w", count, ErrCorrupt))
		}
		count++
	}
	return count
}

func main() {
	defer fmt.Println("main defer runs")
	fmt.Println("good:", parse([]string{"a", "b"}))
	fmt.Println("bad:", parse([]string{"a", "b", "", "d"}))
}
