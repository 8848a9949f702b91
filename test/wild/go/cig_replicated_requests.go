// "Concurrency in Go" book style: replicated requests - the same job sent to several handlers, first answer wins, the rest are cancelled through done
package main

import (
	"fmt"
	"sort"
	"sync"
	"time"
)

type answer struct {
	replica int
	value   string
}

func doWork(done <-chan struct{}, id int, latency time.Duration, wg *sync.WaitGroup, result chan<- answer, cancelled chan<- int) {
	defer wg.Done()
	select {
	case <-done:
		cancelled <- id
		return
	case <-time.After(latency):
	}
	select {
	case <-done:
		cancelled <- id
	case result <- answer{id, fmt.Sprintf("payload-from-%d", id)}:
	}
}

func main() {
	latencies := []time.Duration{
		400 * time.Millisecond,
		300 * time.Millisecond,
		5 * time.Millisecond,
		500 * time.Millisecond,
		350 * time.Millisecond,
	}
	done := make(chan struct{})
	result := make(chan answer)
	cancelled := make(chan int, len(latencies))
	var wg sync.WaitGroup
	wg.Add(len(latencies))
	for i, l := range latencies {
		go doWork(done, i, l, &wg, result, cancelled)
	}
	first := <-result
	close(done)
	wg.Wait()
	close(cancelled)

	fmt.Printf("winner: replica %d with %q\n", first.replica, first.value)
	var ids []int
	for id := range cancelled {
		ids = append(ids, id)
	}
	sort.Ints(ids)
	fmt.Println("cancelled replicas:", ids)

	// second round: every replica is slow except two, the faster of them wins
	round2 := map[int]time.Duration{0: 250 * time.Millisecond, 1: 8 * time.Millisecond, 2: 120 * time.Millisecond}
	done2 := make(chan struct{})
	res2 := make(chan answer)
	can2 := make(chan int, len(round2))
	var wg2 sync.WaitGroup
	for id := 0; id < len(round2); id++ {
		wg2.Add(1)
		go doWork(done2, id, round2[id], &wg2, res2, can2)
	}
	w := <-res2
	close(done2)
	wg2.Wait()
	fmt.Println("round 2 winner:", w.replica, "cancelled:", len(can2))
}
