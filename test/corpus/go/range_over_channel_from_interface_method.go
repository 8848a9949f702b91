// `for range` over the channel an interface method returns: a feed of updates behind an
// interface, ranged until the producer closes it.
package main

import "fmt"

type Subscription interface {
	Updates() <-chan string
	Name() string
}

type feed struct {
	name  string
	items chan string
}

func (f *feed) Updates() <-chan string { return f.items }
func (f *feed) Name() string           { return f.name }

func subscribe(name string, posts ...string) Subscription {
	f := &feed{name: name, items: make(chan string)}
	go func() {
		for _, p := range posts {
			f.items <- p
		}
		close(f.items)
	}()
	return f
}

func main() {
	subs := []Subscription{subscribe("blog", "hello", "world"), subscribe("news", "go 1.23")}
	for _, s := range subs {
		n := 0
		for item := range s.Updates() {
			n++
			fmt.Printf("%s #%d: %s\n", s.Name(), n, item)
		}
	}
}
