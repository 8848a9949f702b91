// Generic functions with constraints, called with inferred and explicit type arguments, one of them blocking on a channel.
package main

import (
	"cmp"
	"fmt"
)

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Max[T cmp.Ordered](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func Collect[T any](ch <-chan T, n int) []T {
	got := make([]T, 0, n)
	for i := 0; i < n; i++ {
		got = append(got, <-ch)
	}
	return got
}

func Produce[T any](items ...T) <-chan T {
	ch := make(chan T)
	go func() {
		defer close(ch)
		for _, it := range items {
			ch <- it
		}
	}()
	return ch
}

func main() {
	nums := []int{1, 2, 3, 4, 5}
	squares := Map(nums, func(n int) int { return n * n })
	fmt.Println(squares)
	labels := Map[int, string](nums, func(n int) string { return fmt.Sprint("#", n) })
	fmt.Println(labels)
	fmt.Println(Filter[int](squares, func(n int) bool { return n%2 == 1 }))
	fmt.Println(Max(3, 7), Max[string]("go", "rust"), Max(2.5, 1.5))
	fmt.Println(Collect[string](Produce("a", "b", "c"), 3))
	fmt.Println(Collect(Produce[int](10, 20), 2))
}
