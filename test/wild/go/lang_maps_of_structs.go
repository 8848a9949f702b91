// Tour/StackOverflow style: maps of structs (copy out, change, write back), maps of pointers, maps of slices and nested maps, delete while ranging, comma-ok and zero values
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Player struct {
	Name  string
	Score int
	Tags  []string
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func main() {
	byName := map[string]Player{
		"ann": {Name: "Ann", Score: 10},
		"bob": {Name: "Bob", Score: 7},
	}
	// byName["ann"].Score++ does not compile: copy out, modify, store back.
	p := byName["ann"]
	p.Score += 5
	fmt.Println("copy changed:", p.Score, "map still:", byName["ann"].Score)
	byName["ann"] = p
	fmt.Println("after write back:", byName["ann"].Score)

	// The slice inside a struct copy still shares its backing array.
	byName["bob"] = Player{Name: "Bob", Score: 7, Tags: []string{"new", "fast"}}
	q := byName["bob"]
	q.Tags[0] = "veteran"
	fmt.Println("bob tags via copy:", byName["bob"].Tags)

	ptrs := map[string]*Player{}
	for _, k := range sortedKeys(byName) {
		v := byName[k]
		ptrs[k] = &v
	}
	ptrs["ann"].Score *= 2
	fmt.Println("pointer map:", ptrs["ann"].Score, "value map:", byName["ann"].Score)

	missing, ok := byName["zed"]
	fmt.Printf("missing: %+v ok=%t tags nil=%t\n", missing, ok, missing.Tags == nil)
	var nilMap map[string]Player
	fmt.Println("read from nil map:", nilMap["x"].Score, len(nilMap))

	groups := map[string][]string{}
	for _, w := range strings.Fields("apple avocado banana blueberry cherry apricot beet") {
		first := w[:1]
		groups[first] = append(groups[first], w)
	}
	for _, k := range sortedKeys(groups) {
		fmt.Printf("  %s: %v\n", k, groups[k])
	}

	nested := map[string]map[string]int{}
	add := func(team, player string, pts int) {
		inner, ok := nested[team]
		if !ok {
			inner = map[string]int{}
			nested[team] = inner
		}
		inner[player] += pts
	}
	add("red", "ann", 3)
	add("blue", "bob", 2)
	add("red", "cid", 4)
	add("red", "ann", 1)
	fmt.Println("nested:", nested)

	counts := map[rune]int{}
	for _, r := range "mississippi" {
		counts[r]++
	}
	fmt.Println("letter counts:", counts)

	// Deleting during range is allowed; the deleted entries are not visited later.
	scores := map[string]int{"a": 1, "b": 2, "c": 3, "d": 4, "e": 5, "f": 6}
	for k, v := range scores {
		if v%2 == 0 {
			delete(scores, k)
		}
	}
	fmt.Println("odd scores left:", scores, len(scores))
	delete(scores, "not-there")
	clear(scores)
	fmt.Println("after clear:", scores, len(scores))

	type key struct {
		x, y int
	}
	grid := map[key]string{{0, 0}: "origin", {1, 2}: "tree"}
	grid[key{1, 2}] += " (tall)"
	fmt.Println("grid:", grid[key{1, 2}], len(grid))

	// Copying a map variable copies the reference.
	alias := byName
	alias["cid"] = Player{Name: "Cid"}
	fmt.Println("alias shares:", len(byName), sortedKeys(byName))
}
