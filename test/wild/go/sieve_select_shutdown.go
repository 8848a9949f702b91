// Go test/chan style (sieve): a prime sieve whose filter goroutines also select on a done channel, so the whole chain shuts down cleanly once enough primes are read
package main

import (
	"fmt"
	"sync"
)

func generate(done <-chan struct{}, wg *sync.WaitGroup) <-chan int {
	ch := make(chan int)
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer close(ch)
		for i := 2; ; i++ {
			select {
			case ch <- i:
			case <-done:
				return
			}
		}
	}()
	return ch
}

func filter(done <-chan struct{}, wg *sync.WaitGroup, in <-chan int, prime int, dropped *int64, mu *sync.Mutex) <-chan int {
	out := make(chan int)
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer close(out)
		for {
			var n int
			var ok bool
			select {
			case n, ok = <-in:
				if !ok {
					return
				}
			case <-done:
				return
			}
			if n%prime == 0 {
				mu.Lock()
				*dropped++
				mu.Unlock()
				continue
			}
			select {
			case out <- n:
			case <-done:
				return
			}
		}
	}()
	return out
}

func primes(count int) ([]int, int64) {
	done := make(chan struct{})
	var wg sync.WaitGroup
	var mu sync.Mutex
	var dropped int64
	ch := generate(done, &wg)
	var got []int
	for len(got) < count {
		p := <-ch
		got = append(got, p)
		ch = filter(done, &wg, ch, p, &dropped, &mu)
	}
	close(done)
	wg.Wait()
	return got, dropped
}

func main() {
	for _, n := range []int{1, 5, 25, 100} {
		ps, dropped := primes(n)
		last := ps[len(ps)-1]
		fmt.Printf("first %3d primes: last=%d sum=%d dropped>=%t\n", n, last, sum(ps), dropped >= int64(last-1-n))
		if n <= 25 {
			fmt.Println("  ", ps)
		}
	}
	fmt.Println("all filter goroutines returned")
}

func sum(xs []int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}
