// Go test/chan style: channels of empty structs and zero-size arrays as pure signals
package main

import (
	"fmt"
	"sync"
)

type signal struct{}

func main() {
	ready := make(chan struct{})
	var wg sync.WaitGroup
	arrived := make([]bool, 5)
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-ready // all block until the broadcast
			arrived[i] = true
		}()
	}
	close(ready) // broadcast by closing
	wg.Wait()
	fmt.Println(arrived)

	z := make(chan [0]int, 4)
	z <- [0]int{}
	z <- [0]int{}
	fmt.Println(len(z), <-z)

	sigs := make(chan signal, 2)
	sigs <- signal{}
	sigs <- signal{}
	close(sigs)
	n := 0
	for s := range sigs {
		_ = s
		n++
	}
	fmt.Println("signals:", n, signal{} == struct{}{})

	done := make(chan struct{}, 1)
	select {
	case done <- struct{}{}:
		fmt.Println("first signal stored")
	default:
	}
	select {
	case done <- struct{}{}:
	default:
		fmt.Println("second signal coalesced")
	}
}
