// context.WithCancel: workers stop when the context is cancelled; ctx.Err says why.
package main

import (
	"context"
	"fmt"
	"sync"
)

func counter(ctx context.Context, id int, out chan<- int, wg *sync.WaitGroup) {
	defer wg.Done()
	for n := 0; ; n++ {
		select {
		case <-ctx.Done():
			return
		case out <- id*1000 + n:
		}
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	out := make(chan int)
	var wg sync.WaitGroup
	for id := 1; id <= 3; id++ {
		wg.Add(1)
		go counter(ctx, id, out, &wg)
	}

	received := 0
	for v := range out {
		if v%1000 > 1000 {
			fmt.Println("impossible")
		}
		received++
		if received == 30 {
			break
		}
	}
	fmt.Println("received", received, "values")
	fmt.Println("err before cancel:", ctx.Err())
	cancel()
	wg.Wait()
	fmt.Println("err after cancel:", ctx.Err())
	cancel() // cancelling twice is fine

	select {
	case <-ctx.Done():
		fmt.Println("done channel is closed")
	default:
		fmt.Println("done channel still open")
	}

	parent, cancelParent := context.WithCancel(context.Background())
	child, cancelChild := context.WithCancel(parent)
	defer cancelChild()
	cancelParent()
	<-child.Done()
	fmt.Println("child cancelled with parent:", child.Err())
}
