// Blog style: a generic Set[T comparable] on a map, with sorted output via maps.Keys and slices.Sorted
package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
)

type Set[T comparable] map[T]struct{}

func NewSet[T comparable](items ...T) Set[T] {
	s := make(Set[T], len(items))
	for _, it := range items {
		s.Add(it)
	}
	return s
}

func (s Set[T]) Add(v T)             { s[v] = struct{}{} }
func (s Set[T]) Has(v T) bool        { _, ok := s[v]; return ok }
func (s Set[T]) Remove(v T)          { delete(s, v) }
func (s Set[T]) Len() int            { return len(s) }
func (s Set[T]) Clone() Set[T]       { return maps.Clone(s) }
func (s Set[T]) Equal(o Set[T]) bool { return maps.Equal(s, o) }

func (s Set[T]) Union(o Set[T]) Set[T] {
	out := s.Clone()
	for v := range o {
		out.Add(v)
	}
	return out
}

func (s Set[T]) Intersect(o Set[T]) Set[T] {
	out := NewSet[T]()
	for v := range s {
		if o.Has(v) {
			out.Add(v)
		}
	}
	return out
}

func Sorted[T cmp.Ordered](s Set[T]) []T {
	return slices.Sorted(maps.Keys(s))
}

func main() {
	a := NewSet(1, 2, 3, 4, 5)
	b := NewSet(4, 5, 6, 7)
	fmt.Println("a:", Sorted(a), "b:", Sorted(b))
	fmt.Println("union:", Sorted(a.Union(b)))
	fmt.Println("intersect:", Sorted(a.Intersect(b)))
	a.Remove(1)
	fmt.Println("has 1?", a.Has(1), "has 2?", a.Has(2), "len", a.Len())

	langs := NewSet("go", "rust", "zig")
	other := langs.Clone()
	fmt.Println("equal clones:", langs.Equal(other))
	other.Add("c")
	fmt.Println("after add:", langs.Equal(other), Sorted(other))
	fmt.Println(langs) // fmt sorts map keys
}
