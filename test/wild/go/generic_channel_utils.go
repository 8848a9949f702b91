// Blog style: generic channel helpers (FromSlice, Map, Filter, Merge, Collect) with type constraints
package main

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"sync"
)

type Number interface {
	~int | ~int32 | ~int64 | ~float64
}

func FromSlice[T any](xs []T) <-chan T {
	out := make(chan T)
	go func() {
		defer close(out)
		for _, x := range xs {
			out <- x
		}
	}()
	return out
}

func Map[T, U any](in <-chan T, f func(T) U) <-chan U {
	out := make(chan U)
	go func() {
		defer close(out)
		for v := range in {
			out <- f(v)
		}
	}()
	return out
}

func Filter[T any](in <-chan T, keep func(T) bool) <-chan T {
	out := make(chan T)
	go func() {
		defer close(out)
		for v := range in {
			if keep(v) {
				out <- v
			}
		}
	}()
	return out
}

func Merge[T any](chans ...<-chan T) <-chan T {
	out := make(chan T)
	var wg sync.WaitGroup
	for _, c := range chans {
		wg.Add(1)
		go func(c <-chan T) {
			defer wg.Done()
			for v := range c {
				out <- v
			}
		}(c)
	}
	go func() { wg.Wait(); close(out) }()
	return out
}

func Collect[T any](in <-chan T) []T {
	var out []T
	for v := range in {
		out = append(out, v)
	}
	return out
}

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func SortedCopy[T cmp.Ordered](xs []T) []T {
	c := slices.Clone(xs)
	slices.Sort(c)
	return c
}

type Celsius float64

func main() {
	evens := Filter(FromSlice([]int{1, 2, 3, 4, 5, 6, 7, 8}), func(n int) bool { return n%2 == 0 })
	labels := Map(evens, func(n int) string { return "#" + strconv.Itoa(n*n) })
	fmt.Println(Collect(labels))

	a := FromSlice([]string{"pear", "fig"})
	b := FromSlice([]string{"apple", "kiwi", "date"})
	fmt.Println(SortedCopy(Collect(Merge(a, b))))

	fmt.Println(Sum([]int{1, 2, 3}), Sum([]float64{0.5, 0.25}), Sum([]Celsius{20.5, 1.5}))
	lengths := Collect(Map(FromSlice([]string{"go", "chan", "select"}), func(s string) int { return len(s) }))
	fmt.Println(lengths, Sum(lengths))
}
