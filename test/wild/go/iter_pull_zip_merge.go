// Go by Example "iterators" style: iter.Seq adapters (Filter, Map, Take), iter.Pull to zip two sequences and merge two sorted ones, maps.All/slices.Sorted
package main

import (
	"cmp"
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

func Count(start, step int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := start; ; i += step {
			if !yield(i) {
				return
			}
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

func Map[T, U any](seq iter.Seq[T], f func(T) U) iter.Seq[U] {
	return func(yield func(U) bool) {
		for v := range seq {
			if !yield(f(v)) {
				return
			}
		}
	}
}

func Take[T any](seq iter.Seq[T], n int) iter.Seq[T] {
	return func(yield func(T) bool) {
		if n <= 0 {
			return
		}
		i := 0
		for v := range seq {
			if !yield(v) {
				return
			}
			i++
			if i == n {
				return
			}
		}
	}
}

type Pair[A, B any] struct {
	First  A
	Second B
}

func (p Pair[A, B]) String() string { return fmt.Sprintf("(%v, %v)", p.First, p.Second) }

func Zip[A, B any](as iter.Seq[A], bs iter.Seq[B]) iter.Seq[Pair[A, B]] {
	return func(yield func(Pair[A, B]) bool) {
		nextA, stopA := iter.Pull(as)
		defer stopA()
		nextB, stopB := iter.Pull(bs)
		defer stopB()
		for {
			a, okA := nextA()
			b, okB := nextB()
			if !okA || !okB {
				return
			}
			if !yield(Pair[A, B]{a, b}) {
				return
			}
		}
	}
}

func MergeSorted[T cmp.Ordered](x, y iter.Seq[T]) iter.Seq[T] {
	return func(yield func(T) bool) {
		nx, sx := iter.Pull(x)
		defer sx()
		ny, sy := iter.Pull(y)
		defer sy()
		a, okA := nx()
		b, okB := ny()
		for okA || okB {
			var v T
			if okA && (!okB || a <= b) {
				v = a
				a, okA = nx()
			} else {
				v = b
				b, okB = ny()
			}
			if !yield(v) {
				return
			}
		}
	}
}

func main() {
	odds := Filter(Count(1, 1), func(n int) bool { return n%2 == 1 })
	sq := Map(odds, func(n int) int { return n * n })
	fmt.Println("odd squares:", slices.Collect(Take(sq, 6)))

	words := slices.Values([]string{"alpha", "beta", "gamma", "delta"})
	for p := range Zip(Count(10, 10), words) {
		fmt.Print(p, " ")
	}
	fmt.Println()

	upper := Map(words, strings.ToUpper)
	fmt.Println(slices.Collect(Zip(upper, Take(Count(0, 3), 2))))

	m := slices.Collect(MergeSorted(slices.Values([]int{1, 4, 4, 9, 12}), slices.Values([]int{0, 2, 4, 10, 11, 20, 30})))
	fmt.Println("merged:", m)
	for v := range MergeSorted(Count(0, 5), Count(1, 7)) {
		if v > 30 {
			break
		}
		fmt.Print(v, ",")
	}
	fmt.Println()

	ages := map[string]int{"ann": 31, "bob": 27, "cid": 45, "dee": 27}
	keys := slices.Sorted(maps.Keys(ages))
	fmt.Println("keys:", keys)
	inv := map[int][]string{}
	for k, v := range maps.All(ages) {
		inv[v] = append(inv[v], k)
	}
	for _, age := range slices.Sorted(maps.Keys(inv)) {
		names := inv[age]
		slices.Sort(names)
		fmt.Printf("%d -> %v\n", age, names)
	}
	next, stop := iter.Pull(Take(Count(100, -25), 3))
	for {
		v, ok := next()
		if !ok {
			break
		}
		fmt.Println("pulled", v)
	}
	stop()
	v, ok := next()
	fmt.Println("after stop:", v, ok)
}
