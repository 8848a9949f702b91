// Blog style: a publish/subscribe broker goroutine with subscribe, unsubscribe and publish channels
package main

import (
	"fmt"
	"sort"
	"sync"
)

type Broker struct {
	publish     chan string
	subscribe   chan chan string
	unsubscribe chan chan string
	stop        chan struct{}
}

func NewBroker() *Broker {
	return &Broker{
		publish:     make(chan string),
		subscribe:   make(chan chan string),
		unsubscribe: make(chan chan string),
		stop:        make(chan struct{}),
	}
}

func (b *Broker) Run() {
	subs := map[chan string]struct{}{}
	for {
		select {
		case <-b.stop:
			for ch := range subs {
				close(ch)
			}
			return
		case ch := <-b.subscribe:
			subs[ch] = struct{}{}
		case ch := <-b.unsubscribe:
			delete(subs, ch)
			close(ch)
		case msg := <-b.publish:
			for ch := range subs {
				ch <- msg // subscribers have buffers big enough
			}
		}
	}
}

func main() {
	b := NewBroker()
	go b.Run()

	names := []string{"alice", "bob", "carol"}
	chans := make([]chan string, len(names))
	for i := range names {
		chans[i] = make(chan string, 10)
		b.subscribe <- chans[i]
	}
	b.publish <- "hello"
	b.publish <- "news"
	b.unsubscribe <- chans[1]
	b.publish <- "bob missed this"
	close(b.stop)

	var wg sync.WaitGroup
	var mu sync.Mutex
	var lines []string
	for i, name := range names {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var got []string
			for m := range chans[i] {
				got = append(got, m)
			}
			mu.Lock()
			lines = append(lines, fmt.Sprintf("%s: %v", name, got))
			mu.Unlock()
		}()
	}
	wg.Wait()
	sort.Strings(lines)
	for _, l := range lines {
		fmt.Println(l)
	}
}
