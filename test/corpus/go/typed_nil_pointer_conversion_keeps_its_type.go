// (*T)(nil) is a nil pointer of type *T: in an interface it is not a nil interface, and %T
// still names its type.
package main

import "fmt"

type node struct {
	value int
	next  *node
}

func describe(v any) string {
	return fmt.Sprintf("%T nil-interface=%v", v, v == nil)
}

func main() {
	fmt.Println(describe((*node)(nil)))
	fmt.Println(describe(nil))
	fmt.Printf("%v %+v\n", (*node)(nil), &node{value: 1})
	head := &node{value: 1, next: (*node)(nil)}
	fmt.Println(head.next == nil)
}
