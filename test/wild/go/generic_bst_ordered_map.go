// Blog style: a generic binary search tree map Tree[K cmp.Ordered, V any] with Put/Get/Delete, an iter.Seq2 in-order walk, and a height computed with the max builtin
package main

import (
	"cmp"
	"fmt"
	"iter"
	"strings"
)

type node[K cmp.Ordered, V any] struct {
	key         K
	val         V
	left, right *node[K, V]
}

type Tree[K cmp.Ordered, V any] struct {
	root *node[K, V]
	size int
}

func (t *Tree[K, V]) Put(k K, v V) {
	p := &t.root
	for *p != nil {
		switch c := cmp.Compare(k, (*p).key); {
		case c < 0:
			p = &(*p).left
		case c > 0:
			p = &(*p).right
		default:
			(*p).val = v
			return
		}
	}
	*p = &node[K, V]{key: k, val: v}
	t.size++
}

func (t *Tree[K, V]) Get(k K) (V, bool) {
	n := t.root
	for n != nil {
		if k < n.key {
			n = n.left
		} else if k > n.key {
			n = n.right
		} else {
			return n.val, true
		}
	}
	var zero V
	return zero, false
}

func (t *Tree[K, V]) Delete(k K) bool {
	var del func(n *node[K, V]) (*node[K, V], bool)
	del = func(n *node[K, V]) (*node[K, V], bool) {
		if n == nil {
			return nil, false
		}
		var ok bool
		switch {
		case k < n.key:
			n.left, ok = del(n.left)
		case k > n.key:
			n.right, ok = del(n.right)
		default:
			if n.left == nil {
				return n.right, true
			}
			if n.right == nil {
				return n.left, true
			}
			m := n.right
			for m.left != nil {
				m = m.left
			}
			n.key, n.val = m.key, m.val
			k = m.key
			n.right, _ = del(n.right)
			return n, true
		}
		return n, ok
	}
	var ok bool
	t.root, ok = del(t.root)
	if ok {
		t.size--
	}
	return ok
}

func (t *Tree[K, V]) All() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		var walk func(n *node[K, V]) bool
		walk = func(n *node[K, V]) bool {
			return n == nil || (walk(n.left) && yield(n.key, n.val) && walk(n.right))
		}
		walk(t.root)
	}
}

func height[K cmp.Ordered, V any](n *node[K, V]) int {
	if n == nil {
		return 0
	}
	return 1 + max(height(n.left), height(n.right))
}

func (t *Tree[K, V]) String() string {
	var sb strings.Builder
	sb.WriteString("{")
	first := true
	for k, v := range t.All() {
		if !first {
			sb.WriteString(" ")
		}
		first = false
		fmt.Fprintf(&sb, "%v:%v", k, v)
	}
	sb.WriteString("}")
	return sb.String()
}

func main() {
	var t Tree[string, int]
	for i, w := range strings.Fields("mango apple kiwi banana cherry apple fig lemon date kiwi") {
		t.Put(w, i)
	}
	fmt.Println(t.size, t.String(), "height", height(t.root))
	for _, k := range []string{"kiwi", "grape"} {
		v, ok := t.Get(k)
		fmt.Printf("get %q -> %d %t\n", k, v, ok)
	}
	for _, k := range []string{"mango", "apple", "zzz", "kiwi"} {
		fmt.Println("delete", k, t.Delete(k), "->", &t)
	}
	for k, v := range t.All() {
		if k > "d" {
			fmt.Println("first key after d:", k, v)
			break
		}
	}

	var nums Tree[float64, []string]
	for _, x := range []float64{3.5, -1, 2.25, 10, 0} {
		nums.Put(x, []string{fmt.Sprint(x * 2)})
	}
	fmt.Println(nums.String(), nums.size, "height", height(nums.root))
	var empty Tree[int, bool]
	v, ok := empty.Get(1)
	fmt.Println(empty.String(), v, ok, empty.Delete(1))
}
