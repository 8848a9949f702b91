// Tour-style: equivalent binary trees exercise, Walk sends values on a channel
package main

import (
	"fmt"
	"math/rand"
)

type Tree struct {
	Left  *Tree
	Value int
	Right *Tree
}

// New builds a random-shaped BST holding k, 2k, ..., 10k.
func New(k int, r *rand.Rand) *Tree {
	var t *Tree
	for _, v := range r.Perm(10) {
		t = insert(t, (1+v)*k)
	}
	return t
}

func insert(t *Tree, v int) *Tree {
	if t == nil {
		return &Tree{nil, v, nil}
	}
	if v < t.Value {
		t.Left = insert(t.Left, v)
	} else {
		t.Right = insert(t.Right, v)
	}
	return t
}

func (t *Tree) String() string {
	if t == nil {
		return "()"
	}
	s := ""
	if t.Left != nil {
		s += t.Left.String() + " "
	}
	s += fmt.Sprint(t.Value)
	if t.Right != nil {
		s += " " + t.Right.String()
	}
	return "(" + s + ")"
}

func walk(t *Tree, ch chan int) {
	if t == nil {
		return
	}
	walk(t.Left, ch)
	ch <- t.Value
	walk(t.Right, ch)
}

// Walk walks the tree t sending all values from the tree to the channel ch.
func Walk(t *Tree, ch chan int) {
	walk(t, ch)
	close(ch)
}

// Same determines whether the trees t1 and t2 contain the same values.
func Same(t1, t2 *Tree) bool {
	c1, c2 := make(chan int), make(chan int)
	go Walk(t1, c1)
	go Walk(t2, c2)
	for {
		v1, ok1 := <-c1
		v2, ok2 := <-c2
		if ok1 != ok2 || v1 != v2 {
			return false
		}
		if !ok1 {
			return true
		}
	}
}

func main() {
	r := rand.New(rand.NewSource(42))
	ch := make(chan int)
	go Walk(New(1, r), ch)
	for v := range ch {
		fmt.Print(v, " ")
	}
	fmt.Println()
	t := New(1, r)
	fmt.Println(t)
	fmt.Println("Same(New(1), New(1)):", Same(New(1, r), New(1, r)))
	fmt.Println("Same(New(1), New(2)):", Same(New(1, r), New(2, r)))
	fmt.Println("Same(New(3), New(3)):", Same(New(3, r), New(3, r)))
}
