// Classic exercise style: dining philosophers with mutex forks, ordered acquisition and a host semaphore
package main

import (
	"fmt"
	"sync"
)

type Fork struct{ sync.Mutex }

type Philosopher struct {
	id          int
	left, right *Fork
	meals       int
}

func (p *Philosopher) dine(host chan struct{}, rounds int, wg *sync.WaitGroup, log chan<- string) {
	defer wg.Done()
	for i := 0; i < rounds; i++ {
		host <- struct{}{}
		first, second := p.left, p.right
		if p.id%2 == 0 { // even philosophers pick right first
			first, second = second, first
		}
		first.Lock()
		second.Lock()
		p.meals++
		log <- fmt.Sprintf("philosopher %d ate meal %d", p.id, p.meals)
		second.Unlock()
		first.Unlock()
		<-host
	}
}

func main() {
	const n, rounds = 5, 3
	forks := make([]*Fork, n)
	for i := range forks {
		forks[i] = new(Fork)
	}
	phils := make([]*Philosopher, n)
	for i := range phils {
		phils[i] = &Philosopher{id: i + 1, left: forks[i], right: forks[(i+1)%n]}
	}
	host := make(chan struct{}, n-1)
	log := make(chan string, n*rounds)
	var wg sync.WaitGroup
	for _, p := range phils {
		wg.Add(1)
		go p.dine(host, rounds, &wg, log)
	}
	wg.Wait()
	close(log)
	perPhil := map[string]bool{}
	for l := range log {
		perPhil[l] = true
	}
	for _, p := range phils {
		all := true
		for m := 1; m <= rounds; m++ {
			if !perPhil[fmt.Sprintf("philosopher %d ate meal %d", p.id, m)] {
				all = false
			}
		}
		fmt.Printf("philosopher %d: %d meals, all logged: %v\n", p.id, p.meals, all)
	}
	fmt.Println("log entries:", len(perPhil))
}
