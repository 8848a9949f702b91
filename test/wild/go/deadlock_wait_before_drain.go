// StackOverflow-question style: wg.Wait() before draining an unbuffered results channel (exit 2)
package main

import (
	"fmt"
	"sync"
)

func main() {
	results := make(chan int)
	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			results <- n * n // blocks: nobody is receiving yet
		}(i)
	}
	fmt.Println("started workers")
	wg.Wait() // bug: should run in its own goroutine followed by close(results)
	close(results)
	sum := 0
	for r := range results {
		sum += r
	}
	fmt.Println("sum:", sum)
}
