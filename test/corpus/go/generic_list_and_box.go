// Generic struct types: literals with type arguments (List[int]{}, &element[T]{}), their methods, and a constraint.
package main

import (
	"fmt"
	"strings"
)

type element[T any] struct {
	next *element[T]
	val  T
}

type List[T any] struct {
	head, tail *element[T]
	size       int
}

func (l *List[T]) Push(v T) {
	e := &element[T]{val: v}
	if l.tail == nil {
		l.head = e
	} else {
		l.tail.next = e
	}
	l.tail = e
	l.size++
}

func (l *List[T]) All() []T {
	var out []T
	for e := l.head; e != nil; e = e.next {
		out = append(out, e.val)
	}
	return out
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

type Number interface {
	~int | ~int64 | ~float64
}

func SumOf[N Number](xs []N) N {
	var total N
	for _, x := range xs {
		total += x
	}
	return total
}

func main() {
	ints := List[int]{}
	for i := 1; i <= 4; i++ {
		ints.Push(i * i)
	}
	fmt.Println(ints.size, ints.All(), SumOf(ints.All()))
	words := &List[string]{}
	words.Push("go")
	words.Push("generics")
	fmt.Println(strings.Join(words.All(), "+"))
	p := Pair[string, int]{Key: "answer", Val: 42}
	fmt.Println(p, p.Key)
	fmt.Println(SumOf([]float64{1.5, 2.25}))
}
