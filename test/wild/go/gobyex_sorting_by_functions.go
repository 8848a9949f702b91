// Go by Example style: sorting with slices.SortFunc, cmp.Compare, and sort.Sort on a named type
package main

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
)

type byLength []string

func (s byLength) Len() int           { return len(s) }
func (s byLength) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }
func (s byLength) Less(i, j int) bool { return len(s[i]) < len(s[j]) }

type Person struct {
	name string
	age  int
}

func main() {
	fruits := []string{"peach", "banana", "kiwi"}
	lenCmp := func(a, b string) int {
		return cmp.Compare(len(a), len(b))
	}
	slices.SortFunc(fruits, lenCmp)
	fmt.Println(fruits)

	more := []string{"fig", "watermelon", "plum", "apple", "date"}
	sort.Stable(byLength(more))
	fmt.Println(more)
	sort.Sort(sort.Reverse(sort.StringSlice(more)))
	fmt.Println(more)

	people := []Person{{"Jax", 37}, {"TJ", 25}, {"Alex", 72}, {"Bo", 25}}
	slices.SortStableFunc(people, func(a, b Person) int {
		return cmp.Compare(a.age, b.age)
	})
	fmt.Println(people)

	ints := []int{7, 2, 4}
	slices.Sort(ints)
	fmt.Println("Ints:   ", ints)
	fmt.Println("Sorted: ", slices.IsSorted(ints))
	i, found := slices.BinarySearch(ints, 4)
	fmt.Println("search 4:", i, found)
}
