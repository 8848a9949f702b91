// "Advanced Go Concurrency Patterns" style: Subscribe loop with pending queue, nil channels, Close via errc
package main

import (
	"errors"
	"fmt"
	"time"
)

type Item struct{ Title, Channel, GUID string }

type Fetcher interface {
	Fetch() (items []Item, next time.Time, err error)
}

type Subscription interface {
	Updates() <-chan Item
	Close() error
}

type fakeFetcher struct {
	channel string
	items   []Item
	round   int
}

func (f *fakeFetcher) Fetch() ([]Item, time.Time, error) {
	f.round++
	var out []Item
	// every fetch returns the previous item again plus a new one (so dedup matters)
	if f.round > 1 {
		out = append(out, f.items[len(f.items)-1])
	}
	it := Item{Title: fmt.Sprintf("%s post %d", f.channel, f.round), Channel: f.channel, GUID: fmt.Sprint(f.round)}
	f.items = append(f.items, it)
	out = append(out, it)
	return out, time.Now().Add(time.Millisecond), nil
}

type sub struct {
	fetcher Fetcher
	updates chan Item
	closing chan chan error
}

func Subscribe(f Fetcher) Subscription {
	s := &sub{fetcher: f, updates: make(chan Item), closing: make(chan chan error)}
	go s.loop()
	return s
}

func (s *sub) Updates() <-chan Item { return s.updates }

func (s *sub) Close() error {
	errc := make(chan error)
	s.closing <- errc
	return <-errc
}

func (s *sub) loop() {
	const maxPending = 10
	var pending []Item
	var next time.Time
	var err error
	seen := make(map[string]bool)
	for {
		var fetchDelay time.Duration
		if now := time.Now(); next.After(now) {
			fetchDelay = next.Sub(now)
		}
		var startFetch <-chan time.Time
		if len(pending) < maxPending {
			startFetch = time.After(fetchDelay)
		}
		var first Item
		var updates chan Item
		if len(pending) > 0 {
			first = pending[0]
			updates = s.updates
		}
		select {
		case errc := <-s.closing:
			errc <- err
			close(s.updates)
			return
		case <-startFetch:
			var fetched []Item
			fetched, next, err = s.fetcher.Fetch()
			if err != nil {
				next = time.Now().Add(10 * time.Second)
				break
			}
			for _, item := range fetched {
				if !seen[item.GUID] {
					pending = append(pending, item)
					seen[item.GUID] = true
				}
			}
		case updates <- first:
			pending = pending[1:]
		}
	}
}

func main() {
	s := Subscribe(&fakeFetcher{channel: "blog.golang.org"})
	for i := 0; i < 6; i++ {
		it := <-s.Updates()
		fmt.Println(it.Channel, it.GUID, it.Title)
	}
	err := s.Close()
	fmt.Println("closed, err:", err, errors.Is(err, nil))
	_, ok := <-s.Updates()
	fmt.Println("updates open:", ok)
}
