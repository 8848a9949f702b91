// context package docs style: generator goroutine stopped by context.WithCancel
package main

import (
	"context"
	"fmt"
	"sync"
)

func gen(ctx context.Context, wg *sync.WaitGroup) <-chan int {
	dst := make(chan int)
	n := 1
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer close(dst)
		for {
			select {
			case <-ctx.Done():
				return
			case dst <- n:
				n++
			}
		}
	}()
	return dst
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	for n := range gen(ctx, &wg) {
		fmt.Println(n)
		if n == 5 {
			break
		}
	}
	cancel()
	wg.Wait()
	fmt.Println("generator stopped:", ctx.Err())

	parent, pcancel := context.WithCancel(context.Background())
	child, ccancel := context.WithCancel(parent)
	defer ccancel()
	pcancel()
	<-child.Done()
	fmt.Println("child sees parent cancel:", child.Err())
	fmt.Println("cause:", context.Cause(child))
}
