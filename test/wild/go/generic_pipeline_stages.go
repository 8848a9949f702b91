// Blog style: generic pipeline stages as a func type, composed and fanned in with Merge[T]
package main

import (
	"fmt"
	"slices"
	"strings"
	"sync"
)

type Stage[In, Out any] func(<-chan In) <-chan Out

func Source[T any](items ...T) <-chan T {
	out := make(chan T)
	go func() {
		defer close(out)
		for _, it := range items {
			out <- it
		}
	}()
	return out
}

func MapStage[In, Out any](f func(In) Out) Stage[In, Out] {
	return func(in <-chan In) <-chan Out {
		out := make(chan Out)
		go func() {
			defer close(out)
			for v := range in {
				out <- f(v)
			}
		}()
		return out
	}
}

func Merge[T any](cs ...<-chan T) <-chan T {
	out := make(chan T)
	var wg sync.WaitGroup
	wg.Add(len(cs))
	for _, c := range cs {
		go func(c <-chan T) {
			defer wg.Done()
			for v := range c {
				out <- v
			}
		}(c)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func Then[A, B, C any](s1 Stage[A, B], s2 Stage[B, C]) Stage[A, C] {
	return func(in <-chan A) <-chan C { return s2(s1(in)) }
}

func main() {
	words := Source("go", "chan", "select", "defer", "range", "panic")
	upper := MapStage(strings.ToUpper)
	length := MapStage(func(s string) int { return len(s) })
	fmt.Println("lengths:", collect(Then(MapStage(strings.TrimSpace), length)(Source(" a ", "bb", " ccc"))))

	// fan out the same stage over three workers reading one source
	var outs []<-chan string
	for i := 0; i < 3; i++ {
		outs = append(outs, upper(words))
	}
	got := collect(Merge(outs...))
	slices.Sort(got)
	fmt.Println("upper:", got)

	nums := Merge(Source(1, 2, 3), Source(10, 20), Source[int]())
	sum := 0
	for n := range nums {
		sum += n
	}
	fmt.Println("sum:", sum)
}

func collect[T any](c <-chan T) []T {
	var out []T
	for v := range c {
		out = append(out, v)
	}
	return out
}
