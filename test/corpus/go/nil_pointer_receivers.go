// Methods with pointer receivers run on a nil pointer, called directly or through an interface holding it.
package main

import "fmt"

type Node struct {
	val  int
	next *Node
}

func (n *Node) Push(v int) *Node { return &Node{v, n} }

func (n *Node) Len() int {
	count := 0
	for ; n != nil; n = n.next {
		count++
	}
	return count
}

func (n *Node) Sum() int {
	if n == nil {
		return 0
	}
	return n.val + n.next.Sum()
}

type Describer interface{ Describe() string }

type Item struct{ name string }

func (it *Item) Describe() string {
	if it == nil {
		return "no item"
	}
	return "item " + it.name
}

func main() {
	var list *Node
	fmt.Println(list.Len(), list.Sum())
	list = list.Push(1).Push(2).Push(3)
	fmt.Println(list.Len(), list.Sum())

	var it *Item
	var d Describer = it
	fmt.Println(d.Describe(), d != nil, it == nil)
	fmt.Printf("%v %T\n", d, d)
	d = &Item{"book"}
	fmt.Println(d.Describe())
	fmt.Println(it.Describe())
}
