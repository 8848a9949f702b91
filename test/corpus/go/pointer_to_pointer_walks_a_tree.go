// The pointer-to-pointer idiom: p := &t.root, then p = &(*p).left walks down the tree, and
// *p = n links a new node where the walk stopped. Each &(*p).left points into the node p
// pointed to at that moment, not into whatever p points to later.
package main

import "fmt"

type node struct {
	key         int
	left, right *node
}

type tree struct{ root *node }

func (t *tree) insert(key int) {
	p := &t.root
	for *p != nil {
		if key < (*p).key {
			p = &(*p).left
		} else {
			p = &(*p).right
		}
	}
	*p = &node{key: key}
}

func (n *node) inorder(visit func(int)) {
	if n == nil {
		return
	}
	n.left.inorder(visit)
	visit(n.key)
	n.right.inorder(visit)
}

type item struct {
	name string
	next *item
}

func main() {
	var t tree
	for _, k := range []int{50, 30, 70, 20, 40, 60, 80, 35} {
		t.insert(k)
	}
	t.root.inorder(func(k int) { fmt.Print(k, " ") })
	fmt.Println()

	// Remove from a linked list through a pointer to the link.
	head := &item{name: "a", next: &item{name: "b", next: &item{name: "c"}}}
	link := &head
	for *link != nil && (*link).name != "b" {
		link = &(*link).next
	}
	*link = (*link).next
	for it := head; it != nil; it = it.next {
		fmt.Print(it.name, " ")
	}
	fmt.Println()

	first := head
	name := &first.name
	first = first.next
	*name = "A"
	fmt.Println(head.name, first.name, *name)
}
