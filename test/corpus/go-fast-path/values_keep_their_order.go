package main

import (
	"fmt"
	"sync"
)

// Three senders share a small buffer, so most of them park; each one's values still arrive in
// the order it sent them.
func main() {
	ch := make(chan [2]int, 2)
	var wg sync.WaitGroup
	for s := 0; s < 3; s++ {
		wg.Add(1)
		go func(sender int) {
			defer wg.Done()
			for i := 0; i < 1000; i++ {
				ch <- [2]int{sender, i}
			}
		}(s)
	}
	go func() {
		wg.Wait()
		close(ch)
	}()
	next := []int{0, 0, 0}
	total := 0
	for v := range ch {
		if v[1] != next[v[0]] {
			fmt.Println("out of order: sender", v[0], "sent", v[1], "expected", next[v[0]])
			return
		}
		next[v[0]]++
		total++
	}
	fmt.Println("received", total, "values, each sender's in order")

	// One sender, one receiver: the exact sequence.
	nums := make(chan int, 4)
	go func() {
		for i := 1; i <= 10; i++ {
			nums <- i * i
		}
		close(nums)
	}()
	for n := range nums {
		fmt.Print(n, " ")
	}
	fmt.Println()
}
