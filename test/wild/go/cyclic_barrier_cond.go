// Classic exercise style: a reusable cyclic barrier built on sync.Cond with a generation counter
package main

import (
	"fmt"
	"sort"
	"sync"
)

type Barrier struct {
	mu         sync.Mutex
	cond       *sync.Cond
	parties    int
	waiting    int
	generation int
}

func NewBarrier(n int) *Barrier {
	b := &Barrier{parties: n}
	b.cond = sync.NewCond(&b.mu)
	return b
}

// Await blocks until all parties arrive; the last one to arrive gets true.
func (b *Barrier) Await() bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	gen := b.generation
	b.waiting++
	if b.waiting == b.parties {
		b.waiting = 0
		b.generation++
		b.cond.Broadcast()
		return true
	}
	for gen == b.generation {
		b.cond.Wait()
	}
	return false
}

func main() {
	const workers, phases = 4, 3
	b := NewBarrier(workers)
	var mu sync.Mutex
	log := map[int][]string{}
	lastCount := 0
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for p := 0; p < phases; p++ {
				mu.Lock()
				log[p] = append(log[p], fmt.Sprintf("w%d", w))
				mu.Unlock()
				if b.Await() {
					mu.Lock()
					lastCount++
					mu.Unlock()
				}
				// after the barrier every worker must see the whole phase
				mu.Lock()
				if len(log[p]) != workers {
					fmt.Println("barrier broken in phase", p)
				}
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	for p := 0; p < phases; p++ {
		sort.Strings(log[p])
		fmt.Println("phase", p, log[p])
	}
	fmt.Println("one last arriver per phase:", lastCount == phases)
	fmt.Println("generation:", b.generation)

	// start gate: everyone waits on Broadcast, then runs
	var gate sync.Mutex
	ready := false
	c := sync.NewCond(&gate)
	order := make(chan int, 3)
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			gate.Lock()
			for !ready {
				c.Wait()
			}
			gate.Unlock()
			order <- i
		}()
	}
	gate.Lock()
	ready = true
	c.Broadcast()
	gate.Unlock()
	wg.Wait()
	close(order)
	sum := 0
	for i := range order {
		sum += i
	}
	fmt.Println("all released, id sum:", sum)
}
