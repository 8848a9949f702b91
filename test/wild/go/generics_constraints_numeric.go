// Go blog "An Introduction To Generics" style: constraints with ~ and unions, Number, Map/Reduce
package main

import (
	"cmp"
	"fmt"
	"strings"
)

type Integer interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64
}

type Float interface {
	~float32 | ~float64
}

type Number interface {
	Integer | Float
}

type Celsius float64
type Score int16

func Sum[T Number](xs []T) T {
	var total T
	for _, x := range xs {
		total += x
	}
	return total
}

func Max[T cmp.Ordered](first T, rest ...T) T {
	m := first
	for _, x := range rest {
		if x > m {
			m = x
		}
	}
	return m
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

func Scale[S ~[]E, E Number](s S, k E) S {
	out := make(S, len(s))
	for i, v := range s {
		out[i] = v * k
	}
	return out
}

type Temps []Celsius

func main() {
	fmt.Println(Sum([]int{1, 2, 3, 4}))
	fmt.Println(Sum([]float64{0.5, 0.25, 0.125}))
	fmt.Printf("%.1f %T\n", Sum([]Celsius{20.5, 21.5}), Sum([]Celsius{1}))
	var s8 int8 = Sum([]int8{100, 27, 1})
	fmt.Println("int8 wraps:", s8)
	fmt.Println(Max(3, 9, 2), Max("pear", "apple", "zebra"), Max[float64](1.5))
	fmt.Println(Max(Score(7), Score(-3)))

	lens := Map([]string{"a", "bcd", "ef"}, func(s string) int { return len(s) })
	fmt.Println(lens)
	joined := Reduce([]string{"x", "y", "z"}, "", func(acc string, s string) string {
		if acc == "" {
			return s
		}
		return acc + "-" + s
	})
	fmt.Println(joined)

	pairs := []Pair[string, int]{{"a", 1}, {"b", 2}}
	fmt.Println(pairs, pairs[0])
	words := Map(pairs, Pair[string, int].String)
	fmt.Println(strings.Join(words, ";"))

	t := Scale(Temps{1, 2.5}, 2)
	fmt.Printf("%v %T\n", t, t)
}
