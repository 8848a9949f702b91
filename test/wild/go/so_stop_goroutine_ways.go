// StackOverflow answer style: "how do I stop a goroutine?" - a quit channel, closing the input, a context, and an atomic flag, each shown in turn
package main

import (
	"context"
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
	"time"
)

func withQuit() int {
	quit := make(chan struct{})
	ticks := make(chan int)
	stopped := make(chan int)
	go func() {
		n := 0
		for {
			select {
			case <-quit:
				stopped <- n
				return
			case ticks <- n:
				n++
			}
		}
	}()
	for i := 0; i < 5; i++ {
		<-ticks
	}
	close(quit)
	return <-stopped
}

func withClosedInput() []string {
	in := make(chan string)
	var out []string
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for s := range in { // ends when in is closed
			out = append(out, "<"+s+">")
		}
		out = append(out, "drained")
	}()
	for _, s := range []string{"a", "b", "c"} {
		in <- s
	}
	close(in)
	wg.Wait()
	return out
}

func withContext() (int, error) {
	ctx, cancel := context.WithCancel(context.Background())
	res := make(chan int)
	progress := make(chan struct{})
	go func() {
		sum := 0
		for i := 1; ; i++ {
			select {
			case <-ctx.Done():
				res <- sum
				return
			default:
			}
			sum += i
			if i == 10 {
				close(progress)
			}
			if i >= 10 {
				time.Sleep(time.Millisecond)
				if i == 10 {
					continue
				}
				// keep spinning slowly until cancelled, but never add past 10
				sum -= i
			}
		}
	}()
	<-progress
	cancel()
	return <-res, ctx.Err()
}

func withFlag() int64 {
	var stop atomic.Bool
	var count atomic.Int64
	done := make(chan struct{})
	go func() {
		defer close(done)
		for !stop.Load() {
			if count.Load() < 1000 {
				count.Add(1)
			}
			runtime.Gosched()
		}
	}()
	for count.Load() < 1000 {
		runtime.Gosched()
	}
	stop.Store(true)
	<-done
	return count.Load()
}

func main() {
	fmt.Println("quit channel: stopped after", withQuit(), "ticks")
	fmt.Println("closed input:", withClosedInput())
	sum, err := withContext()
	fmt.Println("context:", sum, err)
	fmt.Println("atomic flag:", withFlag())
}
