// Pointer-receiver methods on named non-struct types (an int counter, a slice stack) change the variable itself.
package main

import "fmt"

type Counter int

func (c *Counter) Incr()        { *c++ }
func (c *Counter) Add(n int)    { *c += Counter(n) }
func (c Counter) Double() int   { return int(c) * 2 }
func (c *Counter) Reset() (old int) {
	old = int(*c)
	*c = 0
	return
}

type Stack []string

func (s *Stack) Push(v string) { *s = append(*s, v) }
func (s *Stack) Pop() string {
	old := *s
	top := old[len(old)-1]
	*s = old[:len(old)-1]
	return top
}
func (s Stack) Peek() string { return s[len(s)-1] }
func (s Stack) Empty() bool  { return len(s) == 0 }

type Resetter interface{ Reset() int }

func main() {
	var hits Counter
	hits.Incr()
	hits.Incr()
	hits.Add(5)
	fmt.Println(hits, hits.Double())
	p := &hits
	p.Incr()
	fmt.Println(int(*p), p.Double())
	var r Resetter = &hits
	fmt.Println("reset from", r.Reset(), "to", hits)

	var s Stack
	for _, w := range []string{"a", "b", "c"} {
		s.Push(w)
	}
	fmt.Println(s.Peek(), len(s))
	for !s.Empty() {
		fmt.Print(s.Pop(), " ")
	}
	fmt.Println()
	n := 10
	ptr := &n
	*ptr *= 3
	q := new(int)
	*q = n + 1
	fmt.Println(n, *ptr, *q)
}
