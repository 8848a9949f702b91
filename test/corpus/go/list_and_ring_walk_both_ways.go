// container/list (insert, move, remove, walk forward and back) and container/ring (Move, Do, Link, Unlink).
package main

import (
	"container/list"
	"container/ring"
	"fmt"
)

func show(l *list.List) {
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println("| len", l.Len())
}

func main() {
	l := list.New()
	four := l.PushBack(4)
	one := l.PushFront(1)
	l.InsertBefore(3, four)
	l.InsertAfter(2, one)
	show(l)

	l.MoveToBack(one)
	l.MoveToFront(four)
	show(l)

	fmt.Println("removed", l.Remove(l.Front()))
	sum := 0
	for e := l.Back(); e != nil; e = e.Prev() {
		sum += e.Value.(int)
	}
	fmt.Println("sum", sum)

	var queue list.List
	queue.PushBack("first")
	queue.PushBack("second")
	for queue.Len() > 0 {
		front := queue.Front()
		fmt.Println("dequeued", front.Value)
		queue.Remove(front)
	}

	r := ring.New(5)
	for i := 0; i < r.Len(); i++ {
		r.Value = i
		r = r.Next()
	}
	r.Do(func(v any) { fmt.Print(v, " ") })
	fmt.Println()
	r = r.Move(2)
	fmt.Println("after move", r.Value, r.Prev().Value)
	removed := r.Unlink(2)
	fmt.Println("unlinked", removed.Len(), "left", r.Len())
	r.Link(removed)
	total := 0
	r.Do(func(v any) { total += v.(int) })
	fmt.Println("total", total, "len", r.Len())
}
