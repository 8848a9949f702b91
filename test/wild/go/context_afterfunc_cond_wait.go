// context package docs style (Go 1.21 AfterFunc example): waiting on a sync.Cond that a context can interrupt, by having context.AfterFunc broadcast the Cond; the stop function tells whether the callback already ran
package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

func waitOnCond(ctx context.Context, cond *sync.Cond, ready func() bool) error {
	stopf := context.AfterFunc(ctx, func() {
		// Lock so the Broadcast cannot slip in between the check and Wait.
		cond.L.Lock()
		defer cond.L.Unlock()
		cond.Broadcast()
	})
	defer stopf()
	for !ready() {
		cond.Wait()
		if ctx.Err() != nil {
			return ctx.Err()
		}
	}
	return nil
}

type Queue struct {
	mu    sync.Mutex
	cond  *sync.Cond
	items []string
}

func NewQueue() *Queue {
	q := &Queue{}
	q.cond = sync.NewCond(&q.mu)
	return q
}

func (q *Queue) Put(s string) {
	q.mu.Lock()
	q.items = append(q.items, s)
	q.mu.Unlock()
	q.cond.Broadcast()
}

func (q *Queue) Get(ctx context.Context) (string, error) {
	q.mu.Lock()
	defer q.mu.Unlock()
	if err := waitOnCond(ctx, q.cond, func() bool { return len(q.items) > 0 }); err != nil {
		return "", err
	}
	s := q.items[0]
	q.items = q.items[1:]
	return s, nil
}

func main() {
	q := NewQueue()

	q.Put("ready-made")
	v, err := q.Get(context.Background())
	fmt.Println("1:", v, err)

	go func() {
		time.Sleep(20 * time.Millisecond)
		q.Put("late item")
	}()
	v, err = q.Get(context.Background())
	fmt.Println("2:", v, err)

	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Millisecond)
	v, err = q.Get(ctx)
	cancel()
	fmt.Printf("3: %q %v deadline=%v\n", v, err, errors.Is(err, context.DeadlineExceeded))

	ctx, cancel = context.WithCancel(context.Background())
	results := make(chan string, 3)
	var wg sync.WaitGroup
	for i := range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, err := q.Get(ctx)
			results <- fmt.Sprint("waiter ", i, ": ", err)
		}()
	}
	time.Sleep(20 * time.Millisecond)
	cancel()
	wg.Wait()
	close(results)
	n := 0
	for r := range results {
		if errors.Is(ctx.Err(), context.Canceled) && r[len(r)-8:] == "canceled" {
			n++
		}
	}
	fmt.Println("4: cancelled waiters:", n)

	ctx, cancel = context.WithCancel(context.Background())
	ran := make(chan bool, 1)
	stop := context.AfterFunc(ctx, func() { ran <- true })
	fmt.Println("5: stop before cancel:", stop(), "again:", stop())
	cancel()
	select {
	case <-ran:
		fmt.Println("5: callback ran anyway")
	case <-time.After(30 * time.Millisecond):
		fmt.Println("5: callback did not run")
	}

	ctx, cancel = context.WithCancel(context.Background())
	stop = context.AfterFunc(ctx, func() { ran <- true })
	cancel()
	<-ran
	fmt.Println("6: stop after it ran:", stop())
	q.Put("left over")
	v, err = q.Get(ctx)
	fmt.Printf("7: %q %v\n", v, err)
}
