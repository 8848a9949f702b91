// container/heap over a named slice type whose Push and Pop are pointer methods: Init, Push, Pop, Fix and Remove keep the order.
package main

import (
	"container/heap"
	"fmt"
)

type IntHeap []int

func (h IntHeap) Len() int           { return len(h) }
func (h IntHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h IntHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }

func (h *IntHeap) Push(x any) {
	*h = append(*h, x.(int))
}

func (h *IntHeap) Pop() any {
	old := *h
	n := len(old)
	x := old[n-1]
	*h = old[0 : n-1]
	return x
}

type task struct {
	name     string
	priority int
	index    int
}

type taskQueue []*task

func (q taskQueue) Len() int { return len(q) }

func (q taskQueue) Less(i, j int) bool { return q[i].priority > q[j].priority }

func (q taskQueue) Swap(i, j int) {
	q[i], q[j] = q[j], q[i]
	q[i].index = i
	q[j].index = j
}

func (q *taskQueue) Push(x any) {
	t := x.(*task)
	t.index = len(*q)
	*q = append(*q, t)
}

func (q *taskQueue) Pop() any {
	old := *q
	n := len(old)
	t := old[n-1]
	t.index = -1
	*q = old[:n-1]
	return t
}

func main() {
	h := &IntHeap{5, 2, 8}
	heap.Init(h)
	heap.Push(h, 3)
	heap.Push(h, 1)
	fmt.Printf("minimum: %d of %d\n", (*h)[0], h.Len())
	for h.Len() > 0 {
		fmt.Printf("%d ", heap.Pop(h))
	}
	fmt.Println()

	q := taskQueue{}
	for i, name := range []string{"write", "test", "ship", "rest"} {
		heap.Push(&q, &task{name: name, priority: (i * 7) % 5})
	}
	urgent := &task{name: "fix", priority: 0}
	heap.Push(&q, urgent)
	urgent.priority = 9
	heap.Fix(&q, urgent.index)
	removed := heap.Remove(&q, q.Len()-1).(*task)
	fmt.Println("removed", removed.name)
	for q.Len() > 0 {
		t := heap.Pop(&q).(*task)
		fmt.Printf("%s:%d ", t.name, t.priority)
	}
	fmt.Println()
}
