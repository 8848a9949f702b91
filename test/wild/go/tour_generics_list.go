// Tour-style: type parameters, Index with comparable, generic List type with methods
package main

import "fmt"

func Index[T comparable](s []T, x T) int {
	for i, v := range s {
		if v == x {
			return i
		}
	}
	return -1
}

type List[T any] struct {
	next *List[T]
	val  T
}

func (l *List[T]) Push(v T) *List[T] {
	return &List[T]{next: l, val: v}
}

func (l *List[T]) Len() int {
	n := 0
	for p := l; p != nil; p = p.next {
		n++
	}
	return n
}

func (l *List[T]) Each(f func(T)) {
	for p := l; p != nil; p = p.next {
		f(p.val)
	}
}

func Reverse[T any](l *List[T]) *List[T] {
	var r *List[T]
	l.Each(func(v T) { r = r.Push(v) })
	return r
}

func main() {
	si := []int{10, 20, 15, -10}
	fmt.Println(Index(si, 15))
	ss := []string{"foo", "bar", "baz"}
	fmt.Println(Index(ss, "hello"))

	var l *List[string]
	for _, w := range []string{"a", "b", "c", "d"} {
		l = l.Push(w)
	}
	fmt.Println("len:", l.Len())
	l.Each(func(s string) { fmt.Print(s, " ") })
	fmt.Println()
	Reverse(l).Each(func(s string) { fmt.Print(s, " ") })
	fmt.Println()

	var nums *List[float64]
	nums = nums.Push(1.5).Push(2.25)
	total := 0.0
	nums.Each(func(f float64) { total += f })
	fmt.Println(total, nums.Len())
}
