// Two goroutines that call runtime.Gosched after every print take turns.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func say(s string, wg *sync.WaitGroup) {
	defer wg.Done()
	for i := 0; i < 4; i++ {
		fmt.Println(s, i)
		runtime.Gosched()
	}
}

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	go say("world", &wg)
	go say("hello", &wg)
	wg.Wait()
}
