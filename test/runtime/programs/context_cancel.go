// context.WithCancel stops a group of workers; context.WithTimeout gives up on slow work.
package main

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"time"
)

func worker(ctx context.Context, id int, report chan<- string) {
	for {
		select {
		case <-ctx.Done():
			report <- fmt.Sprintf("worker %d stopped: %v", id, ctx.Err())
			return
		case <-time.After(2 * time.Millisecond):
			// one unit of work
		}
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	fmt.Println("before cancel:", ctx.Err())
	report := make(chan string)
	for id := 1; id <= 3; id++ {
		go worker(ctx, id, report)
	}
	time.Sleep(20 * time.Millisecond)
	cancel()
	var lines []string
	for range 3 {
		lines = append(lines, <-report)
	}
	sort.Strings(lines)
	for _, line := range lines {
		fmt.Println(line)
	}
	fmt.Println("after cancel:", ctx.Err())
	cancel() // cancelling twice is harmless

	tctx, tcancel := context.WithTimeout(context.Background(), 30*time.Millisecond)
	defer tcancel()
	select {
	case <-time.After(2 * time.Second):
		fmt.Println("slow work finished")
	case <-tctx.Done():
		fmt.Println("gave up:", tctx.Err())
	}
	fmt.Println("deadline exceeded?", errors.Is(tctx.Err(), context.DeadlineExceeded))
	fmt.Println("canceled?", errors.Is(tctx.Err(), context.Canceled))

	// A child of a cancelled parent is cancelled too.
	parent, cancelParent := context.WithCancel(context.Background())
	child, cancelChild := context.WithTimeout(parent, time.Hour)
	defer cancelChild()
	cancelParent()
	<-child.Done()
	fmt.Println("child:", child.Err())
}
