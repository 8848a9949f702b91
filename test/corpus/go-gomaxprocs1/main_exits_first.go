// main prints and returns while goroutines it started are still runnable: only what ran before main ended is printed.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	for i := 0; i < 3; i++ {
		go fmt.Println("goroutine", i)
	}
	fmt.Println("main yields once")
	runtime.Gosched()
	fmt.Println("main returns")
	go fmt.Println("never printed")
}
