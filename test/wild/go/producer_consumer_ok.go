// Tutorial style: several producers and consumers, close after producers finish, v, ok := <-ch
package main

import (
	"fmt"
	"sort"
	"sync"
)

type item struct {
	producer int
	seq      int
}

func main() {
	items := make(chan item, 4)
	var prodWG sync.WaitGroup
	for p := 1; p <= 3; p++ {
		prodWG.Add(1)
		go func() {
			defer prodWG.Done()
			for s := 1; s <= 4; s++ {
				items <- item{p, s}
			}
		}()
	}
	// closer: only after every producer is done
	go func() {
		prodWG.Wait()
		close(items)
	}()

	type tally struct {
		consumer int
		count    int
		sum      int
	}
	tallies := make(chan tally)
	for c := 1; c <= 2; c++ {
		go func() {
			t := tally{consumer: c}
			for {
				it, ok := <-items
				if !ok {
					break
				}
				t.count++
				t.sum += it.producer*10 + it.seq
			}
			tallies <- t
		}()
	}
	total, sum := 0, 0
	for range 2 {
		t := <-tallies
		total += t.count
		sum += t.sum
	}
	fmt.Println("consumed:", total, "checksum:", sum)

	v, ok := <-items
	fmt.Printf("after close: %+v %v\n", v, ok)

	// single producer, single consumer, ordered
	ch := make(chan string)
	go func() {
		for _, w := range []string{"one", "two", "three"} {
			ch <- w
		}
		close(ch)
	}()
	var got []string
	for {
		w, ok := <-ch
		if !ok {
			fmt.Println("channel drained")
			break
		}
		got = append(got, w)
	}
	fmt.Println(got)
	sort.Strings(got)
	fmt.Println("sorted:", got, "len(ch)=", len(ch), "cap(items)=", cap(items))
}
