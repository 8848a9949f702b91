// Tour-style: maps exercise WordCount, printed with sorted keys
package main

import (
	"fmt"
	"sort"
	"strings"
)

func WordCount(s string) map[string]int {
	m := make(map[string]int)
	for _, w := range strings.Fields(s) {
		m[w]++
	}
	return m
}

type Vertex struct {
	Lat, Long float64
}

func main() {
	inputs := []string{
		"I am learning Go!",
		"The quick brown fox jumped over the lazy dog.",
		"I ate a donut. Then I ate another donut.",
		"A man a plan a canal panama.",
	}
	for _, in := range inputs {
		m := WordCount(in)
		keys := make([]string, 0, len(m))
		for k := range m {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		var parts []string
		for _, k := range keys {
			parts = append(parts, fmt.Sprintf("%s:%d", k, m[k]))
		}
		fmt.Println(strings.Join(parts, " "))
	}

	var places = map[string]Vertex{
		"Bell Labs": {40.68433, -74.39967},
		"Google":    {37.42202, -122.08408},
	}
	places["Home"] = Vertex{1, 2}
	delete(places, "Google")
	v, ok := places["Google"]
	fmt.Println("Google:", v, ok)
	fmt.Println(places["Bell Labs"], len(places))
	fmt.Println(places)
}
