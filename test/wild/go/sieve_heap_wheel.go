// Go test/chan style (sieve2): a prime generator goroutine that keeps the next multiple of each prime in a container/heap instead of a chain of filters, skips even numbers, and streams primes on a channel
package main

import (
	"container/heap"
	"fmt"
)

type multiple struct{ next, step int }

type multiples []multiple

func (h multiples) Len() int           { return len(h) }
func (h multiples) Less(i, j int) bool { return h[i].next < h[j].next }
func (h multiples) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *multiples) Push(x any)        { *h = append(*h, x.(multiple)) }
func (h *multiples) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

func primes(quit <-chan struct{}) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		select {
		case out <- 2:
		case <-quit:
			return
		}
		h := &multiples{}
		for n := 3; ; n += 2 {
			composite := false
			for h.Len() > 0 && (*h)[0].next <= n {
				if (*h)[0].next == n {
					composite = true
				}
				m := heap.Pop(h).(multiple)
				m.next += m.step
				heap.Push(h, m)
			}
			if composite {
				continue
			}
			heap.Push(h, multiple{next: n * n, step: 2 * n})
			select {
			case out <- n:
			case <-quit:
				return
			}
		}
	}()
	return out
}

func plainSieve(limit int) []int {
	composite := make([]bool, limit+1)
	var ps []int
	for i := 2; i <= limit; i++ {
		if !composite[i] {
			ps = append(ps, i)
			for j := i * i; j <= limit; j += i {
				composite[j] = true
			}
		}
	}
	return ps
}

func main() {
	quit := make(chan struct{})
	ch := primes(quit)
	var first []int
	for i := 0; i < 25; i++ {
		first = append(first, <-ch)
	}
	fmt.Println(first)

	count, last := 25, 0
	for p := range ch {
		if p > 100000 {
			break
		}
		count++
		last = p
	}
	close(quit)
	for range ch {
	}
	ref := plainSieve(100000)
	fmt.Println("primes below 100000:", count, "largest:", last)
	fmt.Println("matches plain sieve:", count == len(ref) && last == ref[len(ref)-1])

	gaps := map[int]int{}
	for i := 1; i < len(ref); i++ {
		gaps[ref[i]-ref[i-1]]++
	}
	fmt.Println("twin primes:", gaps[2], "gap 4:", gaps[4], "gap 6:", gaps[6])
	fmt.Println(gaps)
}
