// "Concurrency in Go" book style: lexical confinement - the producer owns its channel, and goroutines each own a disjoint sub-slice
package main

import (
	"bytes"
	"fmt"
	"sync"
)

func chanOwner(words []string) <-chan string {
	results := make(chan string, 2)
	go func() {
		defer close(results)
		for _, w := range words {
			results <- w
		}
	}()
	return results
}

func consumer(results <-chan string) (n int, longest string) {
	for w := range results {
		n++
		if len(w) > len(longest) {
			longest = w
		}
	}
	return
}

func main() {
	n, longest := consumer(chanOwner([]string{"lexical", "confinement", "is", "simple"}))
	fmt.Printf("consumed %d words, longest %q\n", n, longest)

	// each goroutine gets its own sub-slice of data; no locks needed
	printData := func(wg *sync.WaitGroup, data []byte, out *bytes.Buffer) {
		defer wg.Done()
		for _, b := range data {
			fmt.Fprintf(out, "%c", b-'a'+'A')
		}
	}
	data := []byte("golangconcurrency")
	var wg sync.WaitGroup
	var bufs [3]bytes.Buffer
	wg.Add(3)
	go printData(&wg, data[:5], &bufs[0])
	go printData(&wg, data[5:11], &bufs[1])
	go printData(&wg, data[11:], &bufs[2])
	wg.Wait()
	for i := range bufs {
		fmt.Printf("part %d: %s\n", i, bufs[i].String())
	}

	// squares computed in place, each goroutine owns a stripe of the slice
	nums := make([]int, 20)
	for i := range nums {
		nums[i] = i + 1
	}
	const stripes = 4
	wg.Add(stripes)
	for s := 0; s < stripes; s++ {
		go func() {
			defer wg.Done()
			for i := s; i < len(nums); i += stripes {
				nums[i] *= nums[i]
			}
		}()
	}
	wg.Wait()
	fmt.Println(nums)
}
