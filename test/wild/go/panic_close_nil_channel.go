// StackOverflow-question style: a lazily created channel field is closed before it was ever made -> panic: close of nil channel (exit 2)
package main

import "fmt"

type Broadcaster struct {
	name    string
	started bool
	quit    chan struct{}
	events  []string
}

func (b *Broadcaster) Start() {
	b.quit = make(chan struct{})
	b.started = true
	b.events = append(b.events, "start")
}

func (b *Broadcaster) Stop() {
	b.events = append(b.events, "stop")
	close(b.quit)
}

func (b Broadcaster) String() string {
	return fmt.Sprintf("%s(started=%t, events=%v)", b.name, b.started, b.events)
}

func main() {
	ok := &Broadcaster{name: "alpha"}
	ok.Start()
	ok.Stop()
	_, open := <-ok.quit
	fmt.Println(ok, "quit open:", open)

	lazy := &Broadcaster{name: "beta"}
	defer fmt.Println("deferred: main is unwinding")
	fmt.Println(lazy)
	lazy.Stop() // Start was never called
	fmt.Println("not reached")
}
