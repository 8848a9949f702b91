// Effective Go style: requests carrying their own reply channel, served with a MaxOutstanding semaphore
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Request struct {
	args       []int
	f          func([]int) int
	resultChan chan int
}

const MaxOutstanding = 2

var sem = make(chan int, MaxOutstanding)
var inFlight, maxSeen atomic.Int32

func process(r *Request) {
	n := inFlight.Add(1)
	for {
		m := maxSeen.Load()
		if n <= m || maxSeen.CompareAndSwap(m, n) {
			break
		}
	}
	r.resultChan <- r.f(r.args)
	inFlight.Add(-1)
}

func Serve(queue chan *Request, wg *sync.WaitGroup) {
	for req := range queue {
		sem <- 1
		wg.Add(1)
		go func() {
			defer wg.Done()
			process(req)
			<-sem
		}()
	}
}

func sum(a []int) (s int) {
	for _, v := range a {
		s += v
	}
	return
}

func product(a []int) int {
	p := 1
	for _, v := range a {
		p *= v
	}
	return p
}

func main() {
	clientRequests := make(chan *Request)
	var wg sync.WaitGroup
	served := make(chan bool)
	go func() {
		Serve(clientRequests, &wg)
		wg.Wait()
		served <- true
	}()

	var reqs []*Request
	for i := 1; i <= 6; i++ {
		f := sum
		if i%2 == 0 {
			f = product
		}
		r := &Request{[]int{i, i + 1, i + 2}, f, make(chan int, 1)}
		reqs = append(reqs, r)
		clientRequests <- r
	}
	close(clientRequests)
	for i, r := range reqs {
		fmt.Printf("request %d %v -> %d\n", i+1, r.args, <-r.resultChan)
	}
	<-served
	fmt.Println("max concurrent <= MaxOutstanding:", maxSeen.Load() <= MaxOutstanding)
}
