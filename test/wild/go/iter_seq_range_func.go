// Go 1.23 blog "Range Over Function Types" style: iter.Seq/Seq2 generators, early break, iter.Pull
package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

func Count(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func Fib() iter.Seq[int] {
	return func(yield func(int) bool) {
		a, b := 0, 1
		for {
			if !yield(a) {
				fmt.Println("  (fib stopped)")
				return
			}
			a, b = b, a+b
		}
	}
}

func Filter[T any](seq iter.Seq[T], keep func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

func Enumerate[T any](s []T) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i, v := range s {
			if !yield(i, v) {
				return
			}
		}
	}
}

type Tree struct {
	Left, Right *Tree
	Val         int
}

func (t *Tree) push(yield func(int) bool) bool {
	if t == nil {
		return true
	}
	return t.Left.push(yield) && yield(t.Val) && t.Right.push(yield)
}

// All is an in-order iterator; the recursive helper reports early stops.
func (t *Tree) All() iter.Seq[int] {
	return func(yield func(int) bool) { t.push(yield) }
}

func main() {
	for i := range Count(4) {
		fmt.Print(i, " ")
	}
	fmt.Println()

	for f := range Fib() {
		if f > 50 {
			break
		}
		fmt.Print(f, " ")
	}
	fmt.Println()

	even := Filter(Count(10), func(n int) bool { return n%2 == 0 })
	fmt.Println(slices.Collect(even))

	for i, s := range Enumerate([]string{"a", "b", "c"}) {
		fmt.Printf("%d=%s ", i, s)
	}
	fmt.Println()

	tree := &Tree{&Tree{nil, nil, 1}, &Tree{&Tree{nil, nil, 3}, nil, 4}, 2}
	for v := range tree.All() {
		fmt.Print(v, " ")
	}
	fmt.Println()

	m := map[string]int{"x": 3, "a": 1, "m": 2}
	fmt.Println(slices.Sorted(maps.Keys(m)))
	vals := slices.Sorted(maps.Values(m))
	fmt.Println(vals)
	for i, w := range slices.Backward([]string{"one", "two", "three"}) {
		fmt.Print(i, ":", w, " ")
	}
	fmt.Println()
	next, stop := iter.Pull(Fib())
	defer stop()
	for range 5 {
		v, ok := next()
		fmt.Print(v, ok, " ")
	}
	fmt.Println()
	fmt.Println(strings.Repeat("-", 10))
}
