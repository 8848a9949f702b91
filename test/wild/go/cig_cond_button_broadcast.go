// "Concurrency in Go" book style: a GUI-like Button whose Clicked sync.Cond is Broadcast to every registered handler
package main

import (
	"fmt"
	"sort"
	"sync"
)

type Button struct {
	Clicked *sync.Cond
	clicks  int
}

type Log struct {
	mu    sync.Mutex
	lines []string
}

func (l *Log) Add(format string, args ...any) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.lines = append(l.lines, fmt.Sprintf(format, args...))
}

func main() {
	button := Button{Clicked: sync.NewCond(&sync.Mutex{})}
	var log Log

	var handlersDone sync.WaitGroup
	subscribe := func(name string, fn func(clicks int)) {
		var running sync.WaitGroup
		running.Add(1)
		handlersDone.Add(1)
		go func() {
			button.Clicked.L.Lock()
			running.Done() // registered: now inside Wait before main can Broadcast
			for button.clicks == 0 {
				button.Clicked.Wait()
			}
			c := button.clicks
			button.Clicked.L.Unlock()
			fn(c)
			handlersDone.Done()
		}()
		running.Wait()
	}

	subscribe("maximize", func(c int) { log.Add("Maximizing window (click %d)", c) })
	subscribe("dialog", func(c int) { log.Add("Displaying annoying dialog box! (click %d)", c) })
	subscribe("mouse", func(c int) { log.Add("Mouse clicked. (click %d)", c) })
	subscribe("audit", func(c int) { log.Add("audit: %s", "click recorded") })

	button.Clicked.L.Lock()
	button.clicks++
	button.Clicked.L.Unlock()
	button.Clicked.Broadcast()
	handlersDone.Wait()

	sort.Strings(log.lines)
	for _, l := range log.lines {
		fmt.Println(l)
	}
	fmt.Println("handlers run:", len(log.lines))

	// Signal wakes waiters one at a time
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	queue := []int{}
	var got []int
	var wg sync.WaitGroup
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			for len(queue) == 0 {
				c.Wait()
			}
			got = append(got, queue[0]*10)
			queue = queue[1:]
			mu.Unlock()
		}()
	}
	for i := 1; i <= 3; i++ {
		mu.Lock()
		queue = append(queue, i)
		mu.Unlock()
		c.Signal()
	}
	wg.Wait()
	sort.Ints(got)
	fmt.Println("signalled work:", got)
}
