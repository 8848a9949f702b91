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

func filter(done <-chan struct{}, wg *sync.WaitGroup, in <-chan int, prime int) <-chan int {
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

func primes(count int) []int {
	done := make(chan struct{})
	var wg sync.WaitGroup
	ch := generate(done, &wg)
	var got []int
	for len(got) < count {
		p := <-ch
		got = append(got, p)
		ch = filter(done, &wg, ch, p)
	}
	close(done)
	wg.Wait()
	return got
}

func main() {
	for _, n := range []int{1, 5, 25, 100} {
		ps := primes(n)
		fmt.Printf("first %3d primes: last=%d sum=%d\n", n, ps[len(ps)-1], sum(ps))
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
