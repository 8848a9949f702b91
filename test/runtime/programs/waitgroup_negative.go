// Calling Done more often than Add panics: the WaitGroup counter cannot go below zero.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		fmt.Println("worker ran")
	}()
	wg.Wait()
	fmt.Println("one Done too many...")
	wg.Done()
	fmt.Println("unreachable")
}
