// Blog style: worker pool that stops on context cancellation once enough results arrive
package main

import (
	"context"
	"fmt"
	"sort"
	"sync"
)

func isPrime(n int) bool {
	if n < 2 {
		return false
	}
	for d := 2; d*d <= n; d++ {
		if n%d == 0 {
			return false
		}
	}
	return true
}

func producer(ctx context.Context, out chan<- int) {
	defer close(out)
	for n := 2; ; n++ {
		select {
		case out <- n:
		case <-ctx.Done():
			return
		}
	}
}

func worker(ctx context.Context, in <-chan int, out chan<- int, wg *sync.WaitGroup) {
	defer wg.Done()
	for n := range in {
		if !isPrime(n) {
			continue
		}
		select {
		case out <- n:
		case <-ctx.Done():
			return
		}
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	nums := make(chan int)
	primes := make(chan int)
	go producer(ctx, nums)
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go worker(ctx, nums, primes, &wg)
	}
	go func() {
		wg.Wait()
		close(primes)
	}()

	var found []int
	for p := range primes {
		found = append(found, p)
		if len(found) == 30 {
			cancel()
			break
		}
	}
	for range primes { // drain so workers can exit
	}
	sort.Ints(found)
	// workers race, so the 30 collected are not necessarily the first 30 primes;
	// report only facts that hold on every schedule
	allPrime := true
	for _, p := range found {
		allPrime = allPrime && isPrime(p)
	}
	fmt.Println("collected:", len(found), "all prime:", allPrime)
	fmt.Println("context:", ctx.Err())
	fmt.Println("distinct:", len(found) == len(dedupe(found)))
}

func dedupe(s []int) []int {
	var out []int
	for i, v := range s {
		if i == 0 || v != s[i-1] {
			out = append(out, v)
		}
	}
	return out
}
