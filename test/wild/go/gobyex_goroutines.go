// Go by Example style: goroutines launched with go f(x), joined with a WaitGroup
package main

import (
	"fmt"
	"sync"
)

func count(from string, n int, out []string, wg *sync.WaitGroup) {
	defer wg.Done()
	for i := 0; i < n; i++ {
		out[i] = fmt.Sprintf("%s : %d", from, i)
	}
}

func main() {
	// direct call runs synchronously
	direct := make([]string, 3)
	var wg sync.WaitGroup
	wg.Add(1)
	count("direct", 3, direct, &wg)
	for _, s := range direct {
		fmt.Println(s)
	}

	// goroutine call runs concurrently; results stored per goroutine
	results := make([][]string, 2)
	results[0] = make([]string, 3)
	results[1] = make([]string, 1)
	wg.Add(1)
	go count("goroutine", 3, results[0], &wg)

	wg.Add(1)
	go func(msg string) {
		defer wg.Done()
		results[1][0] = msg
	}("going")

	wg.Wait()
	for _, r := range results {
		for _, s := range r {
			fmt.Println(s)
		}
	}
	fmt.Println("done")
}
