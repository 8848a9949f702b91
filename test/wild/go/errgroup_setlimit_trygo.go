// Blog style (errgroup by hand): a Group with SetLimit and TryGo built from a buffered-channel semaphore, results written into an indexed slice, the first error kept and later work skipped
package main

import (
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

type Group struct {
	wg      sync.WaitGroup
	sem     chan struct{}
	errOnce sync.Once
	err     error
	failed  atomic.Bool
}

func (g *Group) SetLimit(n int) { g.sem = make(chan struct{}, n) }

func (g *Group) run(f func() error) {
	defer g.wg.Done()
	defer func() {
		if g.sem != nil {
			<-g.sem
		}
	}()
	if err := f(); err != nil {
		g.errOnce.Do(func() {
			g.err = err
			g.failed.Store(true)
		})
	}
}

// Go blocks until a slot is free.
func (g *Group) Go(f func() error) {
	if g.sem != nil {
		g.sem <- struct{}{}
	}
	g.wg.Add(1)
	go g.run(f)
}

// TryGo starts f only if a slot is free right now.
func (g *Group) TryGo(f func() error) bool {
	if g.sem != nil {
		select {
		case g.sem <- struct{}{}:
		default:
			return false
		}
	}
	g.wg.Add(1)
	go g.run(f)
	return true
}

func (g *Group) Wait() error {
	g.wg.Wait()
	return g.err
}

var errTooBig = errors.New("value too big")

func main() {
	// 1. Limit 3, all succeed; the peak number of running tasks never exceeds 3.
	var g Group
	g.SetLimit(3)
	squares := make([]int, 10)
	var running, peak atomic.Int32
	for i := range squares {
		g.Go(func() error {
			n := running.Add(1)
			for {
				p := peak.Load()
				if n <= p || peak.CompareAndSwap(p, n) {
					break
				}
			}
			time.Sleep(2 * time.Millisecond)
			squares[i] = i * i
			running.Add(-1)
			return nil
		})
	}
	fmt.Println("err:", g.Wait(), "squares:", squares, "peak<=3:", peak.Load() <= 3)

	// 2. TryGo refuses while both slots are held by blocked tasks.
	var t Group
	t.SetLimit(2)
	release := make(chan struct{})
	var started []bool
	for i := 0; i < 4; i++ {
		started = append(started, t.TryGo(func() error {
			<-release
			return nil
		}))
	}
	fmt.Println("TryGo while full:", started)
	close(release)
	t.Wait()
	fmt.Println("TryGo after Wait:", t.TryGo(func() error { return nil }))
	t.Wait()

	// 3. Limit 1 runs tasks one after another; the first error wins and later
	// tasks see the failure flag and skip their work.
	var s Group
	s.SetLimit(1)
	var ran []int
	var mu sync.Mutex
	for _, v := range []int{3, 8, 120, 5, 999, 7} {
		s.Go(func() error {
			if s.failed.Load() {
				return nil
			}
			mu.Lock()
			ran = append(ran, v)
			mu.Unlock()
			if v > 100 {
				return fmt.Errorf("checking %d: %w", v, errTooBig)
			}
			return nil
		})
	}
	err := s.Wait()
	fmt.Println("first error:", err, "is errTooBig:", errors.Is(err, errTooBig), "ran:", ran)

	// 4. No limit: every task starts at once.
	var u Group
	var total atomic.Int64
	for i := 1; i <= 100; i++ {
		u.Go(func() error {
			total.Add(int64(i))
			return nil
		})
	}
	fmt.Println("unlimited:", u.Wait(), total.Load())
}
