// The zero value of a type parameter is the instantiated type's: a generic stack's Pop, a
// queue's named result, a cache miss, a pair literal leaving a field out, make([]T, n).
package main

import "fmt"

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() (T, bool) {
	n := len(s.items)
	if n == 0 {
		var none T
		return none, false
	}
	top := s.items[n-1]
	s.items = s.items[:n-1]
	return top, true
}

type Queue[T any] struct{ items []T }

func (q *Queue[T]) Put(v T) { q.items = append(q.items, v) }

func (q *Queue[T]) Take() (v T, ok bool) {
	if len(q.items) == 0 {
		return
	}
	v, q.items = q.items[0], q.items[1:]
	return v, true
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

type point struct{ X, Y int }

func Lookup[K comparable, V any](m map[K]V, k K) V {
	var zero V
	if v, ok := m[k]; ok {
		return v
	}
	return zero
}

func Repeat[T any](n int) []T {
	return make([]T, n)
}

func main() {
	var words Stack[string]
	words.Push("go")
	w, ok := words.Pop()
	fmt.Printf("%q %v\n", w, ok)
	w, ok = words.Pop()
	fmt.Printf("%q %v\n", w, ok)

	var nums Stack[int]
	n, ok := nums.Pop()
	fmt.Println(n, ok)

	var q Queue[point]
	q.Put(point{1, 2})
	p, ok := q.Take()
	fmt.Printf("%+v %v\n", p, ok)
	p, ok = q.Take()
	fmt.Printf("%+v %v\n", p, ok)
	p.X = 9
	p, _ = q.Take()
	fmt.Printf("%+v\n", p)

	var ptrs Stack[*point]
	pp, ok := ptrs.Pop()
	fmt.Println(pp == nil, ok)

	half := Pair[string, float64]{Key: "pi"}
	var none Pair[int, bool]
	fmt.Printf("%+v %+v\n", half, none)

	ages := map[string]int{"ann": 31}
	fmt.Println(Lookup(ages, "ann"), Lookup(ages, "bob"), Lookup(map[int]string{}, 1) == "")
	fmt.Println(Repeat[float64](3), len(Repeat[point](2)), Repeat[point](1)[0])
}
