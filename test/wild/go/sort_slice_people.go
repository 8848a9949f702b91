// StackOverflow answer style: sort.Slice, sort.SliceStable, sort.Search and sort.Reverse on people records
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Person struct {
	Name string
	Age  int
	City string
}

type ByAge []Person

func (a ByAge) Len() int           { return len(a) }
func (a ByAge) Less(i, j int) bool { return a[i].Age < a[j].Age }
func (a ByAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

func main() {
	people := []Person{
		{"Alice", 30, "Oslo"}, {"Bob", 25, "Rome"}, {"Carol", 35, "Oslo"},
		{"Dave", 25, "Lima"}, {"Eve", 30, "Rome"}, {"Frank", 40, "Lima"},
	}

	byName := append([]Person(nil), people...)
	sort.Slice(byName, func(i, j int) bool { return byName[i].Name > byName[j].Name })
	for _, p := range byName {
		fmt.Print(p.Name, " ")
	}
	fmt.Println()

	// stable: equal cities keep their name order from the previous sort
	sort.SliceStable(byName, func(i, j int) bool { return byName[i].City < byName[j].City })
	for _, p := range byName {
		fmt.Printf("%s/%s ", p.City, p.Name)
	}
	fmt.Println()

	// multi-key: age ascending, then name
	sort.Slice(people, func(i, j int) bool {
		if people[i].Age != people[j].Age {
			return people[i].Age < people[j].Age
		}
		return people[i].Name < people[j].Name
	})
	fmt.Println(people)

	sort.Sort(sort.Reverse(ByAge(people)))
	fmt.Println("oldest:", people[0].Name, "youngest age:", people[len(people)-1].Age)
	fmt.Println("sorted by age desc:", sort.IsSorted(sort.Reverse(ByAge(people))))

	ages := []int{40, 18, 25, 33, 25}
	sort.Ints(ages)
	i := sort.SearchInts(ages, 30)
	fmt.Println(ages, "insert 30 at", i)
	j := sort.Search(len(ages), func(k int) bool { return ages[k] >= 25 })
	fmt.Println("first >= 25 at", j)

	words := strings.Fields("pear Apple banana apple Cherry")
	sort.Strings(words)
	fmt.Println(words)
	sort.SliceStable(words, func(i, j int) bool { return strings.ToLower(words[i]) < strings.ToLower(words[j]) })
	fmt.Println(strings.Join(words, ","))

	fl := sort.Float64Slice{2.5, -1, 3.25}
	fl.Sort()
	fmt.Println(fl, sort.Float64sAreSorted(fl))
}
