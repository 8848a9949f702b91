// Blog style: concurrent processing that preserves input order by tagging jobs with their index
package main

import (
	"fmt"
	"strings"
	"sync"
	"time"
)

type job struct {
	idx  int
	word string
}

type res struct {
	idx int
	out string
}

func process(w string) string {
	time.Sleep(time.Duration(len(w)%3) * time.Millisecond)
	return strings.ToUpper(w[:1]) + w[1:] + fmt.Sprintf("(%d)", len(w))
}

func main() {
	words := strings.Fields("the quick brown fox jumps over the lazy dog while gophers dig tunnels")
	jobs := make(chan job)
	results := make(chan res)
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				results <- res{j.idx, process(j.word)}
			}
		}()
	}
	go func() {
		for i, w := range words {
			jobs <- job{i, w}
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()

	// reorder buffer: emit results as soon as the next index is available
	pending := map[int]string{}
	next := 0
	var emitted []string
	for r := range results {
		pending[r.idx] = r.out
		for {
			s, ok := pending[next]
			if !ok {
				break
			}
			emitted = append(emitted, s)
			delete(pending, next)
			next++
		}
	}
	fmt.Println(strings.Join(emitted, " "))
	fmt.Println("emitted", len(emitted), "of", len(words), "pending left", len(pending))
}
