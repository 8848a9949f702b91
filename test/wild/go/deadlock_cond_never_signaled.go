// StackOverflow-question style: waiting on a sync.Cond whose Signal happened before the Wait (lost wakeup, no predicate loop) -> fatal error: all goroutines are asleep - deadlock! (exit 2)
package main

import (
	"fmt"
	"sync"
)

type Gate struct {
	mu   sync.Mutex
	cond *sync.Cond
	log  []string
}

func NewGate() *Gate {
	g := &Gate{}
	g.cond = sync.NewCond(&g.mu)
	return g
}

func main() {
	g := NewGate()
	opened := make(chan struct{})
	go func() {
		g.mu.Lock()
		g.log = append(g.log, "opener signals")
		g.cond.Signal() // nobody is waiting yet: the signal is lost
		g.mu.Unlock()
		close(opened)
	}()
	<-opened

	g.mu.Lock()
	fmt.Println("log so far:", g.log)
	fmt.Println("main waits on the cond without checking a condition")
	g.cond.Wait()
	g.mu.Unlock()
	fmt.Println("not reached")
}
