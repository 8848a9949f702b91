// The sequences slices.Values, slices.All, slices.Backward, maps.Keys and maps.All give are
// iterator functions: a program's own adapters call them, and each use starts over.
package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

func upper(seq iter.Seq[string]) iter.Seq[string] {
	return func(yield func(string) bool) {
		for s := range seq {
			if !yield(strings.ToUpper(s)) {
				return
			}
		}
	}
}

func firstN(seq iter.Seq2[int, string], n int) []string {
	var out []string
	seq(func(i int, s string) bool {
		out = append(out, fmt.Sprint(i, ":", s))
		return len(out) < n
	})
	return out
}

func count(seq iter.Seq[string]) int {
	n := 0
	for range seq {
		n++
	}
	return n
}

func main() {
	names := slices.Values([]string{"ada", "bob", "cy"})
	fmt.Println(slices.Collect(upper(names)), count(names), count(names))
	fmt.Println(firstN(slices.All([]string{"x", "y", "z"}), 2), firstN(slices.Backward([]string{"x", "y", "z"}), 5))

	ages := map[string]int{"ann": 3, "ben": 5}
	keys := maps.Keys(ages)
	fmt.Println(slices.Sorted(keys), slices.Sorted(keys), count(keys))
	total := 0
	maps.All(ages)(func(k string, v int) bool {
		total += v
		return true
	})
	fmt.Println(total)

	next, stop := iter.Pull(upper(names))
	defer stop()
	for {
		s, ok := next()
		if !ok {
			break
		}
		fmt.Print(s, " ")
	}
	fmt.Println()
}
