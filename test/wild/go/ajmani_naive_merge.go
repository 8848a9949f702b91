// "Advanced Go Concurrency Patterns" style: Merge of several fake Subscriptions, one forwarding goroutine per sub, Close collects errors
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Item struct {
	Channel, Title string
}

type Subscription interface {
	Updates() <-chan Item
	Close() error
}

type fakeSub struct {
	name    string
	items   []string
	fail    bool
	updates chan Item
	closing chan chan error
}

func Subscribe(name string, items []string, fail bool) Subscription {
	s := &fakeSub{name: name, items: items, fail: fail,
		updates: make(chan Item), closing: make(chan chan error)}
	go s.loop()
	return s
}

func (s *fakeSub) loop() {
	var err error
	pending := s.items
	for {
		var first Item
		var updates chan Item
		if len(pending) > 0 {
			first = Item{s.name, pending[0]}
			updates = s.updates // enable the send case only when there is something to send
		}
		select {
		case errc := <-s.closing:
			if s.fail {
				err = fmt.Errorf("%s: connection reset", s.name)
			}
			errc <- err
			close(s.updates)
			return
		case updates <- first:
			pending = pending[1:]
		}
	}
}

func (s *fakeSub) Updates() <-chan Item { return s.updates }

func (s *fakeSub) Close() error {
	errc := make(chan error)
	s.closing <- errc
	return <-errc
}

type merged struct {
	subs    []Subscription
	updates chan Item
	quit    chan struct{}
	errs    chan error
}

func Merge(subs ...Subscription) Subscription {
	m := &merged{subs: subs, updates: make(chan Item), quit: make(chan struct{}), errs: make(chan error)}
	for _, sub := range subs {
		go func() {
			for {
				var it Item
				select {
				case it = <-sub.Updates():
				case <-m.quit:
					m.errs <- sub.Close()
					return
				}
				select {
				case m.updates <- it:
				case <-m.quit:
					m.errs <- sub.Close()
					return
				}
			}
		}()
	}
	return m
}

func (m *merged) Updates() <-chan Item { return m.updates }

func (m *merged) Close() error {
	close(m.quit)
	var all []error
	for range m.subs {
		if err := <-m.errs; err != nil {
			all = append(all, err)
		}
	}
	sort.Slice(all, func(i, j int) bool { return all[i].Error() < all[j].Error() })
	return errors.Join(all...)
}

func main() {
	m := Merge(
		Subscribe("blog.golang.org", []string{"Go 1.23", "Range funcs", "Iterators"}, false),
		Subscribe("googleblog", []string{"Search", "Maps"}, true),
		Subscribe("devs.example", []string{"Tips", "Tricks", "Gotchas", "FAQ"}, false),
	)
	var got []Item
	for len(got) < 9 {
		got = append(got, <-m.Updates())
	}
	err := m.Close()

	byChan := map[string][]string{}
	for _, it := range got {
		byChan[it.Channel] = append(byChan[it.Channel], it.Title)
	}
	names := make([]string, 0, len(byChan))
	for n := range byChan {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Printf("%-16s %s\n", n, strings.Join(byChan[n], " | "))
	}
	fmt.Println("close error:", err)
}
