// A container/heap priority queue whose Push appends through the pointer (*q = append(*q, x)), under a long run of pushes and pops.
package main

import (
	"container/heap"
	"fmt"
)

type Task struct {
	Due  int
	Name string
}

type Queue []Task

func (q Queue) Len() int           { return len(q) }
func (q Queue) Less(i, j int) bool { return q[i].Due < q[j].Due || (q[i].Due == q[j].Due && q[i].Name < q[j].Name) }
func (q Queue) Swap(i, j int)      { q[i], q[j] = q[j], q[i] }
func (q *Queue) Push(x any)        { *q = append(*q, x.(Task)) }
func (q *Queue) Pop() any {
	old := *q
	n := len(old)
	t := old[n-1]
	*q = old[:n-1]
	return t
}

func main() {
	q := &Queue{}
	seed := uint32(7)
	next := func() int {
		seed = seed*1103515245 + 12345
		return int(seed>>8) % 100000
	}
	for i := 0; i < 20000; i++ {
		heap.Push(q, Task{Due: next(), Name: fmt.Sprint("t", i%97)})
	}
	sum, prev, ordered := 0, -1, true
	for i := 0; i < 60000; i++ {
		t := heap.Pop(q).(Task)
		if t.Due < prev {
			ordered = false
		}
		prev = t.Due
		sum += t.Due % 1000
		t.Due += next()%500 + 1
		heap.Push(q, t)
		if i%20000 == 0 {
			fmt.Println(i, q.Len(), (*q)[0].Due >= prev)
		}
	}
	fmt.Println("len", q.Len(), "sum", sum, "ordered", ordered)
	for q.Len() > 19995 {
		t := heap.Pop(q).(Task)
		fmt.Println(t.Due, t.Name)
	}
}
