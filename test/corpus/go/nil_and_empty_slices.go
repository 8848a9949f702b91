// Nil slices and empty slices, as the Tour and the blog explain them: a nil slice has
// length and capacity 0 and no backing array, yet len, range and append work on it;
// []int{} and make([]int, 0) are empty but not nil.
package main

import "fmt"

type Inbox struct {
	Owner    string
	Messages []string
}

// evens returns nil when nothing matches, the idiomatic "no results".
func evens(nums []int) []int {
	var out []int
	for _, n := range nums {
		if n%2 == 0 {
			out = append(out, n)
		}
	}
	return out
}

func describe(name string, s []int) {
	fmt.Printf("%-8s len=%d cap=%d nil=%-5t %v %#v\n", name, len(s), cap(s), s == nil, s, s)
}

func main() {
	var zero []int
	describe("zero", zero)
	if zero == nil {
		fmt.Println("nil!")
	}

	literal := []int{}
	describe("literal", literal)
	made := make([]int, 0)
	describe("made", made)
	describe("sliced", literal[:0])
	describe("of nil", zero[:0])

	for i, v := range zero {
		fmt.Println("never", i, v)
	}

	zero = append(zero, 7)
	describe("appended", zero)
	zero = nil
	describe("reset", zero)

	describe("no evens", evens([]int{1, 3, 5}))
	describe("evens", evens([]int{1, 2, 3, 4}))

	var box Inbox
	fmt.Println(box.Messages == nil, len(box.Messages))
	fmt.Printf("%+v %#v\n", box, box.Messages)
	box.Messages = append(box.Messages, "hello")
	fmt.Println(box.Messages != nil, box.Messages)

	words := []string{}
	fmt.Println(words == nil, words != nil)
	var names []string
	fmt.Printf("%q %q %v\n", names, words, names == nil)
}
