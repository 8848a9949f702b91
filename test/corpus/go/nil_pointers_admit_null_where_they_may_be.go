// Pointers, channels, maps, functions and interfaces that may be nil: a binary tree built from
// nil, a list walked to nil, methods on nil receivers, nil elements and map entries, a
// function value set later, a channel of channels and errors.As with both kinds of target.
package main

import (
	"container/list"
	"errors"
	"fmt"
	"strconv"
)

type Tree struct {
	Left, Right *Tree
	Value       int
}

func insert(t *Tree, v int) *Tree {
	if t == nil {
		return &Tree{Value: v}
	}
	if v >= t.Value {
		t.Right = insert(t.Right, v)
		return t
	}
	t.Left = insert(t.Left, v)
	return t
}

func (t *Tree) String() string {
	if t == nil {
		return "()"
	}
	return "(" + t.Left.String() + " " + strconv.Itoa(t.Value) + " " + t.Right.String() + ")"
}

type Node struct {
	val  int
	next *Node
}

func (n *Node) Len() int {
	count := 0
	for ; n != nil; n = n.next {
		count++
	}
	return count
}

func find(head *Node, v int) *Node {
	for p := head; p != nil; p = p.next {
		if p.val == v {
			return p
		}
	}
	return nil
}

type Account struct {
	ID      int
	Balance int
}

type Shape interface{ Area() float64 }

type Square struct{ Side float64 }

func (s Square) Area() float64 { return s.Side * s.Side }

type Holder struct {
	Shape Shape
	Done  chan bool
	Hooks map[string]func() string
}

type NotFound struct{ Name string }

func (e *NotFound) Error() string { return e.Name + " not found" }

type Invalid struct{ Field string }

func (e Invalid) Error() string { return e.Field + " is invalid" }

func lookup(name string) error {
	switch name {
	case "missing":
		return fmt.Errorf("lookup: %w", &NotFound{name})
	case "bad":
		return fmt.Errorf("lookup: %w", Invalid{"name"})
	}
	return nil
}

func main() {
	var root *Tree
	for _, v := range []int{5, 3, 8, 1, 4} {
		root = insert(root, v)
	}
	fmt.Println(root, root.Left.Left.Left == nil)
	var empty *Tree
	fmt.Println(empty.String())

	var head *Node
	for i := 3; i > 0; i-- {
		head = &Node{i, head}
	}
	fmt.Println(head.Len(), find(head, 2).val, find(head, 9) == nil)
	var none *Node
	fmt.Println(none.Len())

	accounts := make([]*Account, 3)
	accounts[1] = &Account{ID: 1, Balance: 50}
	for i, a := range accounts {
		if a == nil {
			fmt.Println(i, "no account")
			continue
		}
		fmt.Println(i, a.ID, a.Balance)
	}
	byName := map[string]*Account{"ann": {ID: 7, Balance: 10}}
	if a := byName["bob"]; a == nil {
		fmt.Println("bob has no account")
	}
	fmt.Println(byName["ann"].Balance)

	var h Holder
	fmt.Println(h.Shape == nil, h.Done == nil, len(h.Hooks))
	h.Shape = Square{2}
	fmt.Println(h.Shape.Area())

	var greet func(string) string
	if greet == nil {
		greet = func(name string) string { return "hello " + name }
	}
	fmt.Println(greet("gopher"))

	requests := make(chan chan int, 2)
	go func() {
		for reply := range requests {
			reply <- 42
		}
	}()
	reply := make(chan int)
	requests <- reply
	fmt.Println(<-reply)
	close(requests)
	requests2 := make(chan chan int)
	close(requests2)
	got, ok := <-requests2
	fmt.Println(got == nil, ok)

	for _, name := range []string{"missing", "bad", "ok"} {
		err := lookup(name)
		var nf *NotFound
		var inv Invalid
		switch {
		case err == nil:
			fmt.Println(name, "found")
		case errors.As(err, &nf):
			fmt.Println("not found:", nf.Name)
		case errors.As(err, &inv):
			fmt.Println("invalid:", inv.Field)
		}
	}

	l := list.New()
	fmt.Println(l.Front() == nil)
	l.PushBack("a")
	l.PushBack("b")
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println()
}
