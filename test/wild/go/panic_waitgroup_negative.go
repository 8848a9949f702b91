// Blog "common mistakes" style: a worker calls wg.Done twice (once deferred, once by hand), the counter goes negative and sync panics
package main

import (
	"fmt"
	"sync"
)

func process(id int, results chan<- string, wg *sync.WaitGroup) {
	defer wg.Done()
	if id%2 == 0 {
		results <- fmt.Sprintf("job %d even", id)
		wg.Done() // bug: the deferred Done above will run as well
		return
	}
	results <- fmt.Sprintf("job %d odd", id)
}

func main() {
	var wg sync.WaitGroup
	results := make(chan string, 10)

	wg.Add(1)
	process(1, results, &wg)
	wg.Wait()
	fmt.Println(<-results)

	wg.Add(1)
	process(2, results, &wg)
	fmt.Println("never printed")
}
