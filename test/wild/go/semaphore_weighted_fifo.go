// golang.org/x/sync/semaphore written by hand (blog style): a weighted semaphore with a FIFO list of waiters, Acquire(ctx, n) that can be cancelled, TryAcquire that refuses to jump the queue, and Release waking as many waiters from the front as fit
package main

import (
	"container/list"
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"
	"time"
)

type waiter struct {
	n     int64
	ready chan struct{}
}

type Weighted struct {
	size    int64
	cur     int64
	mu      sync.Mutex
	waiters list.List
}

func NewWeighted(n int64) *Weighted { return &Weighted{size: n} }

func (s *Weighted) Acquire(ctx context.Context, n int64) error {
	s.mu.Lock()
	if s.size-s.cur >= n && s.waiters.Len() == 0 {
		s.cur += n
		s.mu.Unlock()
		return nil
	}
	if n > s.size {
		s.mu.Unlock()
		<-ctx.Done()
		return ctx.Err()
	}
	w := waiter{n: n, ready: make(chan struct{})}
	elem := s.waiters.PushBack(w)
	s.mu.Unlock()

	select {
	case <-ctx.Done():
		s.mu.Lock()
		select {
		case <-w.ready:
			// Acquired just as we were cancelled: give it back.
			s.cur -= n
			s.notifyWaiters()
		default:
			front := s.waiters.Front() == elem
			s.waiters.Remove(elem)
			if front && s.size > s.cur {
				s.notifyWaiters()
			}
		}
		s.mu.Unlock()
		return ctx.Err()
	case <-w.ready:
		return nil
	}
}

func (s *Weighted) TryAcquire(n int64) bool {
	s.mu.Lock()
	ok := s.size-s.cur >= n && s.waiters.Len() == 0
	if ok {
		s.cur += n
	}
	s.mu.Unlock()
	return ok
}

func (s *Weighted) Release(n int64) {
	s.mu.Lock()
	s.cur -= n
	if s.cur < 0 {
		s.mu.Unlock()
		panic("semaphore: released more than held")
	}
	s.notifyWaiters()
	s.mu.Unlock()
}

func (s *Weighted) notifyWaiters() {
	for {
		next := s.waiters.Front()
		if next == nil {
			break
		}
		w := next.Value.(waiter)
		if s.size-s.cur < w.n {
			break // strict FIFO: a big waiter at the front blocks smaller ones
		}
		s.cur += w.n
		s.waiters.Remove(next)
		close(w.ready)
	}
}

func (s *Weighted) state() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return fmt.Sprintf("held=%d/%d waiting=%d", s.cur, s.size, s.waiters.Len())
}

func waitForWaiters(s *Weighted, n int) {
	for {
		s.mu.Lock()
		l := s.waiters.Len()
		s.mu.Unlock()
		if l == n {
			return
		}
		time.Sleep(time.Millisecond)
	}
}

func main() {
	ctx := context.Background()
	sem := NewWeighted(10)
	fmt.Println(sem.Acquire(ctx, 6), sem.state())
	fmt.Println("try 5:", sem.TryAcquire(5), "try 4:", sem.TryAcquire(4), sem.state())

	order := make(chan string, 3)
	go func() { sem.Acquire(ctx, 7); order <- "big(7)" }()
	waitForWaiters(sem, 1)
	go func() { sem.Acquire(ctx, 1); order <- "small(1)" }()
	waitForWaiters(sem, 2)
	fmt.Println("queued:", sem.state(), "try 0:", sem.TryAcquire(0))

	sem.Release(4)
	fmt.Println("after release 4:", sem.state())
	sem.Release(6)
	granted := []string{<-order, <-order}
	slices.Sort(granted)
	fmt.Println("granted together:", granted, sem.state())
	sem.Release(8)

	tctx, cancel := context.WithTimeout(ctx, 20*time.Millisecond)
	defer cancel()
	fmt.Println(sem.Acquire(tctx, 10), sem.state())
	err := sem.Acquire(tctx, 1)
	fmt.Println("blocked acquire:", err, errors.Is(err, context.DeadlineExceeded), sem.state())
	fmt.Println("too big:", sem.Acquire(tctx, 11))
	sem.Release(10)

	var wg sync.WaitGroup
	var mu sync.Mutex
	inUse, peak, done := int64(0), int64(0), 0
	for i := range 12 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			w := int64(i%4 + 1)
			if err := sem.Acquire(ctx, w); err != nil {
				panic(err)
			}
			mu.Lock()
			inUse += w
			peak = max(peak, inUse)
			mu.Unlock()
			time.Sleep(2 * time.Millisecond)
			mu.Lock()
			inUse -= w
			done++
			mu.Unlock()
			sem.Release(w)
		}()
	}
	wg.Wait()
	fmt.Println("jobs done:", done, "peak within size:", peak <= 10, sem.state())

	defer func() { fmt.Println("recovered:", recover()) }()
	sem.Release(1)
}
