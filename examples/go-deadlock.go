// A deadlock: every worker sends on an unbuffered channel, but main waits for the workers
// before it starts receiving. Nobody can move, so Go stops the program with
// "fatal error: all goroutines are asleep - deadlock!" and exit code 2.
// (The fix: receive the results in main, and call wg.Wait in a goroutine that then closes.)
package main

import (
	"fmt"
	"sync"
)

func square(n int, results chan<- int, wg *sync.WaitGroup) {
	defer wg.Done()
	results <- n * n
}

func main() {
	results := make(chan int)
	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go square(i, results, &wg)
	}
	fmt.Println("waiting for the workers...")
	wg.Wait()
	close(results)
	for r := range results {
		fmt.Println(r)
	}
}
