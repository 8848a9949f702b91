// Generics with a slice type parameter (`S ~[]E`: make(S, n) gives an S), a method expression on a generic type's instance, and a small integer result that wraps as Go's int8 does.
package main

import "fmt"

type Number interface {
	~int | ~int8 | ~float64
}

func Double[S ~[]E, E Number](s S) S {
	out := make(S, len(s))
	for i, v := range s {
		out[i] = v + v
	}
	return out
}

func Total[T Number](xs []T) T {
	var sum T
	for _, x := range xs {
		sum += x
	}
	return sum
}

type Prices []float64

type Tagged[V any] struct {
	Tag   string
	Value V
}

func (t Tagged[V]) Label() string { return fmt.Sprintf("%s:%v", t.Tag, t.Value) }

func main() {
	p := Double(Prices{1.25, 2.5})
	fmt.Printf("%v %T\n", p, p)
	fmt.Println(Double([]int{3, 4, 5}))

	var small int8 = Total([]int8{100, 20, 10}) // 130 does not fit in an int8
	fmt.Println("int8 total:", small)
	fmt.Println("int total:", Total([]int{100, 20, 10}))

	label := Tagged[int].Label // a function taking the receiver first
	fmt.Println(label(Tagged[int]{"answer", 42}))
}
