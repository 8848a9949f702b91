// time package docs style: time.AfterFunc callbacks, Stop before firing, and signalling back on a channel
package main

import (
	"fmt"
	"sync"
	"time"
)

type debouncer struct {
	mu    sync.Mutex
	timer *time.Timer
	delay time.Duration
	fired chan string
}

func (d *debouncer) Trigger(v string) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.timer != nil {
		d.timer.Stop()
	}
	d.timer = time.AfterFunc(d.delay, func() { d.fired <- v })
}

func main() {
	done := make(chan string)
	time.AfterFunc(10*time.Millisecond, func() { done <- "callback ran" })
	fmt.Println(<-done)

	cancelled := time.AfterFunc(time.Hour, func() { fmt.Println("never") })
	fmt.Println("stopped before firing:", cancelled.Stop())
	fmt.Println("second stop:", cancelled.Stop())

	var wg sync.WaitGroup
	results := make([]string, 3)
	for i, d := range []time.Duration{30, 10, 20} {
		wg.Add(1)
		time.AfterFunc(d*time.Millisecond, func() {
			defer wg.Done()
			results[i] = fmt.Sprintf("job%d after %v", i, d*time.Millisecond)
		})
	}
	wg.Wait()
	for _, r := range results {
		fmt.Println(r)
	}

	// a debouncer: only the last of a quick burst fires
	db := &debouncer{delay: 60 * time.Millisecond, fired: make(chan string, 4)}
	for _, v := range []string{"t", "ty", "typ", "type"} {
		db.Trigger(v)
		time.Sleep(time.Millisecond)
	}
	fmt.Println("debounced:", <-db.fired)
	select {
	case extra := <-db.fired:
		fmt.Println("unexpected extra:", extra)
	case <-time.After(120 * time.Millisecond):
		fmt.Println("nothing else fired")
	}

	t := time.AfterFunc(time.Hour, func() { done <- "reset fired" })
	t.Reset(5 * time.Millisecond)
	fmt.Println(<-done)
}
