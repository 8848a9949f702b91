// Package variables get their values in dependency order, whatever their order in the file, and functions above them use them.
package main

import "fmt"

func describe(code int) string {
	if name, ok := statusNames[code]; ok {
		return name
	}
	return "unknown"
}

var (
	total    = sum(prices)
	greeting = prefix + ", world"
	prefix   = "hello"
)

func sum(xs []int) int {
	s := 0
	for _, x := range xs {
		s += x
	}
	return s + bonus
}

var prices = []int{3, 4, 5}

var doubled = note("doubled", base*2)

var base = note("base", 21)

var _ = note("blank", len(prices))

func note(name string, v int) int {
	fmt.Println("init", name, "=", v)
	return v
}

var bonus = len(statusNames) * 10

var statusNames = map[int]string{200: "OK", 404: "Not Found"}

func main() {
	fmt.Println(describe(200), describe(404), describe(500))
	fmt.Println(total, greeting, doubled)
}
