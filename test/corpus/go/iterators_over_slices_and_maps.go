// Ranging over slices.All, slices.Backward, slices.Values and maps.All (Go 1.23 iterators).
package main

import (
	"fmt"
	"maps"
	"slices"
)

func main() {
	letters := []string{"a", "b", "c"}
	for i, v := range slices.All(letters) {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	for i, v := range slices.Backward(letters) {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	for v := range slices.Values(letters) {
		fmt.Print(v)
	}
	fmt.Println()
	for i := range slices.Backward(letters) {
		fmt.Print(i)
	}
	fmt.Println()
	ages := map[string]int{"ann": 30}
	for k, v := range maps.All(ages) {
		fmt.Println(k, v)
	}
	fmt.Println(slices.Sorted(maps.Keys(map[string]bool{"y": true, "x": true})))
}
