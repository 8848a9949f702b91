// Tour/StackOverflow style: writing to a nil map inside a struct panics at runtime (exit 2)
package main

import (
	"fmt"
	"sort"
)

type Inventory struct {
	Owner string
	Items map[string]int
}

func (inv *Inventory) Add(item string, n int) {
	inv.Items[item] += n
}

func (inv *Inventory) Report() {
	keys := make([]string, 0, len(inv.Items))
	for k := range inv.Items {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("  %s: %d\n", k, inv.Items[k])
	}
}

func main() {
	good := &Inventory{Owner: "ann", Items: make(map[string]int)}
	good.Add("apple", 3)
	good.Add("pear", 1)
	good.Add("apple", 2)
	fmt.Println(good.Owner)
	good.Report()

	// reading a nil map is fine
	bad := &Inventory{Owner: "bob"}
	fmt.Println(bad.Owner, "has", len(bad.Items), "items; apple =", bad.Items["apple"])
	defer fmt.Println("deferred calls still run while panicking")
	bad.Add("apple", 1) // panic: assignment to entry in nil map
	fmt.Println("unreachable")
}
