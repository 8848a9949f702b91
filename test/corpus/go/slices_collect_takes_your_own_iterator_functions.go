// slices.Collect and slices.Sorted accept iterator functions you write yourself, not only the library's sequences.
package main

import (
	"fmt"
	"iter"
	"slices"
	"strings"
)

func Words(text string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for _, w := range strings.Fields(text) {
			if !yield(strings.ToLower(w)) {
				return
			}
		}
	}
}

func main() {
	text := "Go runs Every goroutine Concurrently"
	fmt.Println(slices.Collect(Words(text)))
	fmt.Println(slices.Sorted(Words(text)))
	byLength := slices.SortedFunc(Words(text), func(a, b string) int { return len(a) - len(b) })
	fmt.Println(byLength)
}
