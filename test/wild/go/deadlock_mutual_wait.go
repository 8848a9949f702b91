// Blog "common mistakes" style: two goroutines each wait to receive from the other first (exit 2)
package main

import (
	"fmt"
	"sync"
)

func main() {
	aToB := make(chan int)
	bToA := make(chan int)
	var wg sync.WaitGroup
	wg.Add(2)

	go func() {
		defer wg.Done()
		v := <-bToA
		aToB <- v + 1
	}()
	go func() {
		defer wg.Done()
		v := <-aToB
		bToA <- v + 1
	}()

	fmt.Println("A: waits for B's greeting first")
	fmt.Println("B: waits for A's greeting first")
	fmt.Println("main: waiting for both")
	wg.Wait()
	fmt.Println("never printed")
}
