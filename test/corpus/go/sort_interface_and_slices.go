// sort.Sort with a type implementing sort.Interface (Len, Less, Swap), sort.Reverse,
// sort.StringSlice, sort.Slice and sort.Search, then the slices and maps packages of Go 1.21+
// (Sort, SortFunc with cmp.Compare, Contains, Index, Max, BinarySearch, Insert, Compact,
// Sorted(maps.Keys(m)), maps.Clone, maps.Equal).
package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"sort"
)

type planet struct {
	name string
	mass float64
}

type byMass []planet

func (p byMass) Len() int           { return len(p) }
func (p byMass) Less(i, j int) bool { return p[i].mass < p[j].mass }
func (p byMass) Swap(i, j int)      { p[i], p[j] = p[j], p[i] }

func main() {
	planets := []planet{{"Earth", 1}, {"Mars", 0.107}, {"Jupiter", 317.8}, {"Venus", 0.815}}
	sort.Sort(byMass(planets))
	fmt.Println(planets)
	sort.Sort(sort.Reverse(byMass(planets)))
	fmt.Println(planets[0].name, sort.IsSorted(byMass(planets)))
	names := []string{"pear", "apple", "fig"}
	sort.Sort(sort.StringSlice(names))
	fmt.Println(names)
	sort.Slice(planets, func(i, j int) bool { return planets[i].name < planets[j].name })
	fmt.Println(planets[0].name, planets[3].name)
	xs := []int{1, 3, 6, 10, 15}
	fmt.Println(sort.Search(len(xs), func(i int) bool { return xs[i] >= 6 }), sort.SearchInts(xs, 7))

	nums := []int{42, 7, 19, 7, 3}
	slices.Sort(nums)
	fmt.Println(nums, slices.Contains(nums, 19), slices.Index(nums, 7), slices.Max(nums), slices.Min(nums))
	i, found := slices.BinarySearch(nums, 19)
	fmt.Println(i, found, slices.Compact(nums), slices.Insert([]int{1, 4}, 1, 2, 3))
	slices.SortFunc(planets, func(a, b planet) int { return cmp.Compare(b.mass, a.mass) })
	fmt.Println(planets[0].name, slices.IndexFunc(planets, func(p planet) bool { return p.mass < 1 }))
	ages := map[string]int{"carol": 41, "alice": 30, "bob": 25}
	keys := slices.Sorted(maps.Keys(ages))
	fmt.Println(keys, maps.Equal(ages, maps.Clone(ages)), slices.Equal(keys, []string{"alice", "bob", "carol"}))
}
