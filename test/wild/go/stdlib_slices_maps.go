// Go 1.21+ style: slices and maps packages, min/max builtins, clear, iterating sorted keys
package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Employee struct {
	Name string
	Dept string
	Age  int
}

func main() {
	nums := []int{5, 2, 8, 2, 9, 1, 5, 5}
	s := slices.Clone(nums)
	slices.Sort(s)
	fmt.Println(s)
	s = slices.Compact(s)
	fmt.Println(s)
	fmt.Println(slices.Index(nums, 8), slices.Contains(nums, 7), slices.Max(nums), slices.Min(nums))
	r := slices.Clone(s)
	slices.Reverse(r)
	fmt.Println(r, slices.Equal(s, r))
	s = slices.Insert(s, 2, 100, 101)
	fmt.Println(s)
	s = slices.Delete(s, 0, 2)
	fmt.Println(s, len(s))
	fmt.Println(slices.IndexFunc(s, func(v int) bool { return v > 100 }))
	fmt.Println(min(3, 1, 2), max(2.5, 1.0), min("b", "a"))

	staff := []Employee{
		{"ann", "eng", 31}, {"bob", "ops", 45}, {"cid", "eng", 28}, {"dee", "ops", 45}, {"eve", "eng", 31},
	}
	slices.SortFunc(staff, func(a, b Employee) int {
		if c := strings.Compare(a.Dept, b.Dept); c != 0 {
			return c
		}
		if a.Age != b.Age {
			return b.Age - a.Age
		}
		return strings.Compare(a.Name, b.Name)
	})
	for _, e := range staff {
		fmt.Println(e.Dept, e.Age, e.Name)
	}

	byDept := map[string][]string{}
	for _, e := range staff {
		byDept[e.Dept] = append(byDept[e.Dept], e.Name)
	}
	for _, k := range slices.Sorted(maps.Keys(byDept)) {
		fmt.Println(k, byDept[k])
	}
	m2 := maps.Clone(byDept)
	delete(m2, "ops")
	fmt.Println(len(byDept), len(m2), maps.EqualFunc(byDept, m2, func(a, b []string) bool { return slices.Equal(a, b) }))
	clear(m2)
	fmt.Println(len(m2))
	counts := map[string]int{"x": 3, "y": 1, "z": 2}
	vals := slices.Collect(maps.Values(counts))
	slices.Sort(vals)
	fmt.Println(vals)
	for i, v := range slices.Backward([]string{"a", "b", "c"}) {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	for i := range 3 {
		fmt.Print(i)
	}
	fmt.Println()
}
