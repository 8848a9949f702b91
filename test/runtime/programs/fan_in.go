// Fan-in: four producers send into one buffered channel; a goroutine closes it once the
// WaitGroup says all producers are done, and main sums everything it receives.
package main

import (
	"fmt"
	"sync"
)

func produce(id int, out chan<- int, wg *sync.WaitGroup) {
	defer wg.Done()
	for i := 1; i <= 25; i++ {
		out <- id*1000 + i
	}
}

func main() {
	merged := make(chan int, 10)
	var wg sync.WaitGroup
	for id := 1; id <= 4; id++ {
		wg.Add(1)
		go produce(id, merged, &wg)
	}
	go func() {
		wg.Wait()
		close(merged)
	}()

	count, sum := 0, 0
	for v := range merged {
		count++
		sum += v
	}
	fmt.Println("received", count, "values")
	fmt.Println("sum:", sum)
	fmt.Println("len and cap after close:", len(merged), cap(merged))
}
