// Maps: make and literals, comma-ok lookup, delete, len, iteration in sorted key order,
// and fmt printing maps with sorted keys.
package main

import (
	"fmt"
	"sort"
	"strings"
)

func wordCount(text string) map[string]int {
	counts := make(map[string]int)
	for _, w := range strings.Fields(text) {
		counts[strings.ToLower(w)]++
	}
	return counts
}

func main() {
	ages := map[string]int{"carol": 41, "alice": 30, "bob": 25}
	fmt.Println(ages, len(ages))

	if age, ok := ages["bob"]; ok {
		fmt.Println("bob is", age)
	}
	if _, ok := ages["dave"]; !ok {
		fmt.Println("dave not found, zero value:", ages["dave"])
	}
	ages["dave"] = 19
	delete(ages, "alice")
	delete(ages, "nobody")
	fmt.Println(ages)

	counts := wordCount("the cat and The dog and THE bird")
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%s=%d ", k, counts[k])
	}
	fmt.Println()
	fmt.Println(counts)

	byLen := map[int][]string{}
	for _, w := range []string{"go", "rust", "c", "java", "ts"} {
		byLen[len(w)] = append(byLen[len(w)], w)
	}
	fmt.Println(byLen)

	sum := 0
	for _, v := range ages {
		sum += v
	}
	fmt.Println("sum of ages:", sum)

	clear(ages)
	fmt.Println(ages, len(ages))
	var nilMap map[string]bool
	fmt.Println(nilMap == nil, len(nilMap), nilMap["x"])
}
