// Blog style: a tree of contexts; cancelling a parent reaches every child, deadlines take the earliest
package main

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"sync"
	"time"
)

func worker(ctx context.Context, name string, work time.Duration, out chan<- string) {
	select {
	case <-time.After(work):
		out <- name + ": finished"
	case <-ctx.Done():
		out <- fmt.Sprintf("%s: stopped (%v)", name, ctx.Err())
	}
}

func main() {
	root, cancelRoot := context.WithCancel(context.Background())
	a, cancelA := context.WithCancel(root)
	defer cancelA()
	b, cancelB := context.WithTimeout(root, time.Hour)
	defer cancelB()
	b1, cancelB1 := context.WithCancel(b)
	defer cancelB1()

	cancelA()
	fmt.Println("a:", a.Err(), "root:", root.Err(), "b:", b.Err())
	cancelRoot()
	<-b1.Done()
	fmt.Println("after root cancel: b =", b.Err(), "b1 =", b1.Err())

	// child deadline can't be later than the parent's
	parent, pc := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer pc()
	kid, kc := context.WithTimeout(parent, time.Hour)
	defer kc()
	pd, _ := parent.Deadline()
	kd, ok := kid.Deadline()
	fmt.Println("kid has deadline:", ok, "same as parent:", kd.Equal(pd))
	_, ok = context.Background().Deadline()
	fmt.Println("background has deadline:", ok)

	out := make(chan string, 3)
	var wg sync.WaitGroup
	jobs := []struct {
		name string
		d    time.Duration
	}{{"fast", 1 * time.Millisecond}, {"slow", 1 * time.Second}, {"slower", 2 * time.Second}}
	ctx, cancel := context.WithTimeout(context.Background(), 150*time.Millisecond)
	defer cancel()
	var results []string
	for _, j := range jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			worker(ctx, j.name, j.d, out)
		}()
	}
	wg.Wait()
	close(out)
	for r := range out {
		results = append(results, r)
	}
	sort.Strings(results)
	for _, r := range results {
		fmt.Println(r)
	}
	fmt.Println("deadline exceeded:", errors.Is(ctx.Err(), context.DeadlineExceeded))
	var te interface{ Timeout() bool }
	fmt.Println("err has Timeout():", errors.As(ctx.Err(), &te) && te.Timeout())
}
