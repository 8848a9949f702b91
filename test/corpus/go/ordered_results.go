// Parallel work with results kept in input order: each goroutine writes its own slot of
// a slice, and a buffered channel of indexed results is reassembled by index.
package main

import (
	"fmt"
	"strings"
	"sync"
)

type indexed struct {
	i   int
	val string
}

func shout(s string) string { return strings.ToUpper(s) + "!" }

func main() {
	inputs := []string{"alpha", "beta", "gamma", "delta", "epsilon"}

	out := make([]string, len(inputs))
	var wg sync.WaitGroup
	for i, s := range inputs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			out[i] = shout(s)
		}()
	}
	wg.Wait()
	fmt.Println(out)

	results := make(chan indexed, len(inputs))
	for i, s := range inputs {
		go func(i int, s string) {
			results <- indexed{i, fmt.Sprintf("%d:%d", i, len(s))}
		}(i, s)
	}
	ordered := make([]string, len(inputs))
	for range inputs {
		r := <-results
		ordered[r.i] = r.val
	}
	fmt.Println(strings.Join(ordered, " "))
}
