package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan int, 16)
	go func() {
		for i := 0; ; i++ {
			ch <- i
		}
	}()
	received := 0
	go func() {
		for range ch {
			received++
		}
	}()
	<-time.After(10 * time.Millisecond)
	fmt.Println("deadline reached; values moved:", received > 0)
}
