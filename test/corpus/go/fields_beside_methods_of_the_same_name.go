// A field beside a method of the same name but for case (`less` and `Less`, `count` and
// `Count`, `id` and `ID`): sort.Sort and container/heap call the methods, code reads the fields,
// and %+v and %#v print the fields under their own names.
package main

import (
	"container/heap"
	"fmt"
	"sort"
)

type people struct {
	names []string
	ages  []int
	less  func(a, b int) bool
}

func (p people) Len() int           { return len(p.names) }
func (p people) Less(i, j int) bool { return p.less(p.ages[i], p.ages[j]) }
func (p people) Swap(i, j int) {
	p.names[i], p.names[j] = p.names[j], p.names[i]
	p.ages[i], p.ages[j] = p.ages[j], p.ages[i]
}

type counter struct {
	id    int
	count int
}

func (c *counter) Count() int { c.count++; return c.count }
func (c counter) ID() string  { return fmt.Sprintf("counter-%d", c.id) }

// A min-heap whose length is kept in a field named like the method.
type minHeap struct {
	items []int
	len   int
}

func (h *minHeap) Len() int           { return h.len }
func (h *minHeap) Less(i, j int) bool { return h.items[i] < h.items[j] }
func (h *minHeap) Swap(i, j int)      { h.items[i], h.items[j] = h.items[j], h.items[i] }
func (h *minHeap) Push(x any)         { h.items = append(h.items, x.(int)); h.len++ }
func (h *minHeap) Pop() any {
	last := h.items[h.len-1]
	h.items = h.items[:h.len-1]
	h.len--
	return last
}

func main() {
	p := people{
		names: []string{"Ada", "Brian", "Chloe", "Dmitri"},
		ages:  []int{36, 52, 19, 41},
		less:  func(a, b int) bool { return a < b },
	}
	sort.Sort(p)
	fmt.Println(p.names, p.ages)
	p.less = func(a, b int) bool { return a > b }
	sort.Stable(p)
	fmt.Println(p.names, p.ages, sort.IsSorted(p))

	c := &counter{id: 7}
	c.Count()
	c.Count()
	fmt.Println(c.ID(), c.count)
	fmt.Println(c.Count(), c.count)
	fmt.Printf("%v %+v\n", *c, *c)
	fmt.Printf("%#v\n", *c)

	h := &minHeap{}
	for _, x := range []int{5, 2, 8, 1, 9} {
		heap.Push(h, x)
	}
	fmt.Printf("len field %d, Len() %d\n", h.len, h.Len())
	for h.Len() > 0 {
		fmt.Print(heap.Pop(h), " ")
	}
	fmt.Println()
	fmt.Printf("%+v\n", *h)
}
