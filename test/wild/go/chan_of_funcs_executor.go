// Blog/StackOverflow style: a channel of func() run by a single executor goroutine that owns the state
package main

import (
	"fmt"
	"sort"
	"sync"
)

type Executor struct {
	jobs chan func()
	done chan struct{}
}

func NewExecutor() *Executor {
	e := &Executor{jobs: make(chan func()), done: make(chan struct{})}
	go func() {
		defer close(e.done)
		for job := range e.jobs {
			job()
		}
	}()
	return e
}

func (e *Executor) Do(f func()) { e.jobs <- f }

// Sync runs f on the executor and waits for it.
func (e *Executor) Sync(f func()) {
	ready := make(chan struct{})
	e.jobs <- func() {
		f()
		close(ready)
	}
	<-ready
}

func (e *Executor) Close() {
	close(e.jobs)
	<-e.done
}

type op func(int) int

func main() {
	ex := NewExecutor()
	inventory := map[string]int{} // touched only by the executor goroutine

	var wg sync.WaitGroup
	items := []string{"apple", "pear", "plum"}
	for g := 0; g < 6; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 50; k++ {
				item := items[(g+k)%len(items)]
				ex.Do(func() { inventory[item]++ })
			}
		}()
	}
	wg.Wait()

	var snapshot []string
	ex.Sync(func() {
		for k, v := range inventory {
			snapshot = append(snapshot, fmt.Sprintf("%s:%d", k, v))
		}
	})
	sort.Strings(snapshot)
	fmt.Println(snapshot)
	ex.Close()

	// a pipeline of operations sent as values
	ops := make(chan op, 4)
	ops <- func(x int) int { return x + 3 }
	ops <- func(x int) int { return x * 4 }
	ops <- func(x int) int { return x - 1 }
	close(ops)
	x := 2
	for f := range ops {
		x = f(x)
	}
	fmt.Println("result:", x)

	replies := make(chan func() string, 1)
	go func() { replies <- func() string { return "called back on main" } }()
	fmt.Println((<-replies)())
}
