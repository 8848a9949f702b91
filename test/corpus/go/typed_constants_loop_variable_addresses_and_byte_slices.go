// Small things that must keep their Go types: a variable switched on against other constants,
// the address of each range variable, []byte from a string passed around and appended to, a
// time.AfterFunc timer kept in a struct, a context without a deadline, a clone of a nil slice.
package main

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"sync"
	"time"
)

type debouncer struct {
	mu    sync.Mutex
	timer *time.Timer
	fired chan string
}

func (d *debouncer) trigger(v string) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.timer != nil {
		d.timer.Stop()
	}
	d.timer = time.AfterFunc(5*time.Millisecond, func() { d.fired <- v })
}

type message struct{ body []byte }

func size(b []byte) int { return len(b) }

func main() {
	day := 6
	switch day {
	case 0, 6:
		fmt.Println("weekend")
	default:
		fmt.Println("weekday")
	}
	name := "go"
	if name == "rust" {
		fmt.Println("crab")
	}

	// Each iteration has its own word (Go 1.22), so the addresses differ.
	seen := map[string]*string{}
	for _, word := range []string{"north", "east", "south"} {
		seen[word] = &word
	}
	fmt.Println(*seen["north"], *seen["east"], *seen["south"], seen["north"] != seen["east"])

	m := message{body: []byte("hello")}
	fmt.Println(size([]byte("hey")), size(m.body), string(m.body))
	buf := []byte("n=")
	buf = strconv.AppendInt(buf, 42, 10)
	buf = append(buf, '!')
	fmt.Println(string(buf))

	d := &debouncer{fired: make(chan string, 1)}
	d.trigger("first")
	d.trigger("second")
	fmt.Println(<-d.fired)

	deadline, ok := context.Background().Deadline()
	fmt.Println(deadline.IsZero(), ok)

	var none []int
	fmt.Println(len(slices.Clone(none)), slices.Clone([]int{1, 2}))
}
