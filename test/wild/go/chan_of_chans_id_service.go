// Concurrency talk style: channels of channels, a request carries the channel for its response
package main

import (
	"fmt"
	"sort"
	"sync"
)

// idService hands out unique ids; callers send a reply channel.
func idService(reqs <-chan chan int) {
	next := 100
	for reply := range reqs {
		reply <- next
		next++
	}
}

type sumReq struct {
	nums  []int
	reply chan<- int
}

func summer(reqs <-chan sumReq) {
	for r := range reqs {
		t := 0
		for _, n := range r.nums {
			t += n
		}
		r.reply <- t
	}
}

func main() {
	reqs := make(chan chan int)
	go idService(reqs)

	var mu sync.Mutex
	var ids []int
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			me := make(chan int)
			for j := 0; j < 3; j++ {
				reqs <- me
				id := <-me
				mu.Lock()
				ids = append(ids, id)
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	close(reqs)
	sort.Ints(ids)
	fmt.Println(len(ids), "ids:", ids[0], "...", ids[len(ids)-1])
	unique := true
	for i := 1; i < len(ids); i++ {
		if ids[i] == ids[i-1] {
			unique = false
		}
	}
	fmt.Println("all unique:", unique)

	sums := make(chan sumReq)
	for w := 0; w < 2; w++ {
		go summer(sums)
	}
	replies := make([]chan int, 4)
	for i := range replies {
		replies[i] = make(chan int, 1)
		nums := make([]int, i+1)
		for k := range nums {
			nums[k] = k + 1
		}
		sums <- sumReq{nums, replies[i]}
	}
	for i, r := range replies {
		fmt.Printf("sum 1..%d = %d\n", i+1, <-r)
	}

	// a channel of channels as a queue of futures
	futures := make(chan chan string, 3)
	for _, w := range []string{"alpha", "beta", "gamma"} {
		f := make(chan string, 1)
		futures <- f
		go func() { f <- w + "!" }()
	}
	close(futures)
	for f := range futures {
		fmt.Println(<-f)
	}
}
