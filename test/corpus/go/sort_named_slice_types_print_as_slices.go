// sort.IntSlice, sort.Float64Slice and sort.StringSlice are slices with methods: they can be
// written as literals, sorted with their own Sort method, and print like any other slice.
package main

import (
	"fmt"
	"sort"
)

func main() {
	prices := sort.Float64Slice{2.5, -1, 3.25, 0.5}
	fmt.Println(prices, sort.Float64sAreSorted(prices))
	prices.Sort()
	fmt.Println(prices, sort.Float64sAreSorted(prices))
	fmt.Printf("%v %T\n", prices, prices)
	fmt.Println("0.5 is at", prices.Search(0.5))

	ids := sort.IntSlice{42, 7, 19}
	ids.Sort()
	fmt.Println(ids, sort.IntsAreSorted(ids), sort.SearchInts(ids, 19))

	// A conversion shares the slice: sorting it sorts the original.
	names := []string{"mia", "Al", "zoe", "bo"}
	sort.Sort(sort.Reverse(sort.StringSlice(names)))
	fmt.Println(names)
	words := sort.StringSlice{"pear", "fig"}
	sort.Strings(words)
	fmt.Println(words, len(words))
}
