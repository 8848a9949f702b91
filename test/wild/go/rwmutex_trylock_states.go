// sync package docs style: sync.RWMutex states seen through TryLock/TryRLock (Go 1.18) - readers share, a writer excludes, a blocked writer stops new readers, RLocker as a sync.Locker - sequenced with channels so every state is certain
package main

import (
	"fmt"
	"sync"
)

type PhoneBook struct {
	mu      sync.RWMutex
	numbers map[string]string
}

func (p *PhoneBook) Lookup(name string) (string, bool) {
	p.mu.RLock()
	defer p.mu.RUnlock()
	n, ok := p.numbers[name]
	return n, ok
}

func (p *PhoneBook) Set(name, number string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.numbers[name] = number
}

func report(label string, rw *sync.RWMutex) {
	r := rw.TryRLock()
	if r {
		rw.RUnlock()
	}
	w := rw.TryLock()
	if w {
		rw.Unlock()
	}
	fmt.Printf("%-34s TryRLock=%-5v TryLock=%v\n", label, r, w)
}

func main() {
	var rw sync.RWMutex
	report("idle", &rw)

	rw.RLock()
	report("one reader", &rw)
	rw.RLock()
	report("two readers", &rw)
	rw.RUnlock()
	rw.RUnlock()
	report("readers gone", &rw)

	rw.Lock()
	report("writer holds", &rw)
	rw.Unlock()

	// A writer waiting behind a reader makes new readers wait too.
	rw.RLock()
	writerIn := make(chan struct{})
	writerDone := make(chan struct{})
	go func() {
		rw.Lock()
		close(writerIn)
		rw.Unlock()
		close(writerDone)
	}()
	for {
		// Spin until the writer has announced itself: then TryRLock fails.
		if !rw.TryRLock() {
			break
		}
		rw.RUnlock()
	}
	select {
	case <-writerIn:
		fmt.Println("writer got in early: wrong")
	default:
		fmt.Println("writer is waiting for the reader")
	}
	report("reader held, writer queued", &rw)
	rw.RUnlock()
	<-writerDone
	report("after writer finished", &rw)

	locker := rw.RLocker()
	locker.Lock()
	locker.Lock()
	report("two readers via RLocker", &rw)
	locker.Unlock()
	locker.Unlock()

	book := &PhoneBook{numbers: map[string]string{}}
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			book.Set(fmt.Sprintf("user%d", i), fmt.Sprintf("555-%04d", i*111))
		}()
	}
	wg.Wait()
	hits := make([]int, 4)
	for r := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 10 {
				if _, ok := book.Lookup(fmt.Sprintf("user%d", i)); ok {
					hits[r]++
				}
			}
		}()
	}
	wg.Wait()
	n, ok := book.Lookup("user7")
	fmt.Println("hits per reader:", hits, "user7:", n, ok)
}
