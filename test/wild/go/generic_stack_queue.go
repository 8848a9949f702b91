// Tour/blog style: generic Stack[T] and Queue[T] with zero values and comma-ok results
package main

import "fmt"

type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

func (s *Stack[T]) Len() int { return len(s.items) }

type Queue[T any] struct {
	head, tail []T
}

func (q *Queue[T]) Enqueue(v T) { q.tail = append(q.tail, v) }

func (q *Queue[T]) Dequeue() (v T, ok bool) {
	if len(q.head) == 0 {
		for len(q.tail) > 0 {
			n := len(q.tail) - 1
			q.head = append(q.head, q.tail[n])
			q.tail = q.tail[:n]
		}
	}
	if len(q.head) == 0 {
		return v, false
	}
	n := len(q.head) - 1
	v = q.head[n]
	q.head = q.head[:n]
	return v, true
}

type point struct{ X, Y int }

func balanced(s string) bool {
	pairs := map[rune]rune{')': '(', ']': '[', '}': '{'}
	var st Stack[rune]
	for _, r := range s {
		switch r {
		case '(', '[', '{':
			st.Push(r)
		case ')', ']', '}':
			top, ok := st.Pop()
			if !ok || top != pairs[r] {
				return false
			}
		}
	}
	return st.Len() == 0
}

func main() {
	var s Stack[string]
	for _, w := range []string{"one", "two", "three"} {
		s.Push(w)
	}
	for {
		v, ok := s.Pop()
		if !ok {
			fmt.Printf("empty: %q %v\n", v, ok)
			break
		}
		fmt.Println("pop", v)
	}

	var q Queue[point]
	q.Enqueue(point{1, 2})
	q.Enqueue(point{3, 4})
	p, _ := q.Dequeue()
	q.Enqueue(point{5, 6})
	fmt.Printf("%+v\n", p)
	for v, ok := q.Dequeue(); ok; v, ok = q.Dequeue() {
		fmt.Printf("%+v\n", v)
	}
	z, ok := q.Dequeue()
	fmt.Printf("%#v %v\n", z, ok)

	for _, expr := range []string{"(a[b]{c})", "(]", "((", ""} {
		fmt.Printf("%-10q balanced=%t\n", expr, balanced(expr))
	}
}
