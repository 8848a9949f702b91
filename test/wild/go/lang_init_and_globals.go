// Effective Go style: package-level var initialisation order, multiple init functions, iota constants
package main

import (
	"fmt"
	"sort"
	"strings"
)

var (
	a = c + b // initialised after b and c
	b = f("b")
	c = f("c")
	d = 3
)

var registry = map[string]func(int) int{}
var order []string

func f(name string) int {
	order = append(order, name)
	d++
	return d
}

type ByteSize float64

const (
	_           = iota
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
)

func (b ByteSize) String() string {
	switch {
	case b >= GB:
		return fmt.Sprintf("%.2fGB", b/GB)
	case b >= MB:
		return fmt.Sprintf("%.2fMB", b/MB)
	case b >= KB:
		return fmt.Sprintf("%.2fKB", b/KB)
	}
	return fmt.Sprintf("%.2fB", b)
}

func init() {
	registry["double"] = func(x int) int { return x * 2 }
	order = append(order, "init1")
}

func init() {
	registry["square"] = func(x int) int { return x * x }
	order = append(order, "init2")
}

func main() {
	fmt.Println("a b c d:", a, b, c, d)
	fmt.Println("order:", strings.Join(order, ","))
	names := make([]string, 0, len(registry))
	for k := range registry {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Println(n, registry[n](7))
	}
	fmt.Println(ByteSize(1e3), ByteSize(1<<20), ByteSize(3.5*float64(GB)), ByteSize(12))
}
