// RWMutex.RLocker hands read locks to code that takes a sync.Locker; a loop spinning on TryLock/TryRLock lets the holder finish.
package main

import (
	"fmt"
	"sync"
)

type Stats struct {
	mu    sync.RWMutex
	views map[string]int
}

func withLock(l sync.Locker, f func()) {
	l.Lock()
	defer l.Unlock()
	f()
}

func main() {
	s := &Stats{views: map[string]int{"home": 3, "about": 1}}

	reader := s.mu.RLocker()
	withLock(reader, func() {
		fmt.Println("reading under RLocker: home =", s.views["home"])
		fmt.Println("TryLock while read-locked:", s.mu.TryLock())
		fmt.Println("TryRLock while read-locked:", s.mu.TryRLock())
		s.mu.RUnlock()
	})
	withLock(&s.mu, func() { s.views["home"]++ })
	fmt.Println("after write:", s.views["home"])

	// A goroutine holds the write lock until it is told to let go; main spins until it can read.
	holding := make(chan struct{})
	release := make(chan struct{})
	go func() {
		s.mu.Lock()
		close(holding)
		<-release
		s.views["about"] = 10
		s.mu.Unlock()
	}()
	<-holding
	close(release)
	for !s.mu.TryRLock() {
	}
	fmt.Println("read after spinning:", s.views["about"])
	s.mu.RUnlock()

	var mu sync.Mutex
	done := make(chan bool)
	mu.Lock()
	go func() {
		for !mu.TryLock() {
		}
		done <- true
		mu.Unlock()
	}()
	mu.Unlock()
	fmt.Println("spinner got the mutex:", <-done)
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			withLock(reader, func() { _ = s.views["home"] })
		}()
	}
	wg.Wait()
	fmt.Println("free at the end:", s.mu.TryLock())
}
