// Blog "channel axioms" style: a late sender hits a channel the consumer already closed (exit 2)
package main

import (
	"fmt"
	"sync"
)

func main() {
	results := make(chan int, 10)
	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			results <- n * 10
		}(i)
	}
	wg.Wait()
	close(results)
	sum := 0
	for r := range results {
		sum += r
	}
	fmt.Println("sum:", sum)
	results <- 99 // programmer assumed a buffered channel could take one more
	fmt.Println("not reached")
}
