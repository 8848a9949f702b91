// Generic code, tutorial style: a Set on a map and a Future on a channel with methods, a list
// walked from its receiver, constraints built from constraints, the same T constrained
// differently in different functions, and generic calls fed to each other.
package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

type Set[T comparable] map[T]struct{}

func (s Set[T]) Add(v T)      { s[v] = struct{}{} }
func (s Set[T]) Has(v T) bool { _, ok := s[v]; return ok }
func (s Set[T]) Len() int     { return len(s) }

type Future[T any] <-chan T

func Async[T any](f func() T) Future[T] {
	ch := make(chan T, 1)
	go func() { ch <- f() }()
	return ch
}

func (f Future[T]) Await() T { return <-f }

type List[T any] struct {
	next *List[T]
	val  T
}

func (l *List[T]) Push(v T) *List[T] { return &List[T]{next: l, val: v} }

func (l *List[T]) Len() int {
	n := 0
	for p := l; p != nil; p = p.next {
		n++
	}
	return n
}

type Integer interface{ ~int | ~int8 | ~int64 }

type Float interface{ ~float32 | ~float64 }

type Number interface{ Integer | Float }

func Sum[T Number](xs []T) T {
	var total T
	for _, x := range xs {
		total += x
	}
	return total
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Collect[T any](ch <-chan T) []T {
	var out []T
	for v := range ch {
		out = append(out, v)
	}
	return out
}

func Gen[T any](xs ...T) <-chan T {
	ch := make(chan T)
	go func() {
		defer close(ch)
		for _, x := range xs {
			ch <- x
		}
	}()
	return ch
}

func Enumerate[T any](xs []T) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i, x := range xs {
			if !yield(i, x) {
				return
			}
		}
	}
}

type Label struct{ Text string }

func (l Label) String() string { return "<" + l.Text + ">" }

func main() {
	s := Set[string]{}
	s.Add("go")
	s.Add("rust")
	fmt.Println(s.Has("go"), s.Has("zig"), s.Len(), slices.Sorted(maps.Keys(s)))

	f := Async(func() int { return 6 * 7 })
	fmt.Println(f.Await())

	var l *List[string]
	l = l.Push("a").Push("b")
	fmt.Println(l.Len(), l.val)

	fmt.Println(Sum([]int{1, 2, 3}), Sum([]float64{0.5, 0.25}), Sum([]int64{1 << 40, 1}))
	fmt.Println(Sum(Collect(Gen(4, 5, 6))))
	labels := Map([]Label{{"a"}, {"b"}}, Label.String)
	fmt.Println(strings.Join(labels, ","))
	for i, w := range Enumerate([]string{"x", "y"}) {
		fmt.Print(i, "=", w, " ")
	}
	fmt.Println()
}
