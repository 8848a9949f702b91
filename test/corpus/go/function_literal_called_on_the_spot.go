// Function literals called where they are written: as a statement, for a value, with go and with defer.
package main

import (
	"fmt"
	"sync"
)

func main() {
	func() {
		fmt.Println("setup runs at once")
	}()
	square := func(n int) int { return n * n }(7)
	fmt.Println("square:", square)

	var wg sync.WaitGroup
	results := make([]string, 3)
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(slot int) {
			defer wg.Done()
			results[slot] = fmt.Sprint("worker ", slot)
		}(i)
	}
	wg.Wait()
	fmt.Println(results)

	defer func(msg string) {
		fmt.Println("deferred:", msg)
	}("bye")
	fmt.Println(func(a, b int) int { return a + b }(2, 3) * 2)
}
