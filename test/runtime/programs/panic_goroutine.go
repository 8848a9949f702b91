// A panic in a goroutine other than main ends the whole program with exit code 2.
package main

import (
	"fmt"
	"sync"
)

func check(id int, value int, wg *sync.WaitGroup) {
	if value < 0 {
		panic(fmt.Sprintf("worker %d: negative input %d", id, value))
	}
	// Not deferred: a deferred Done would run while panicking and could let main go on.
	wg.Done()
}

func main() {
	inputs := []int{4, 8, -15, 16}
	fmt.Println("checking", len(inputs), "inputs")
	var wg sync.WaitGroup
	for i, v := range inputs {
		wg.Add(1)
		go check(i+1, v, &wg)
	}
	wg.Wait()
	fmt.Println("unreachable: all inputs valid")
}
