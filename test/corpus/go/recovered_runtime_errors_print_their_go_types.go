// What recover() gives back after a runtime panic is a runtime.Error whose dynamic type %T
// names: bounds errors, plain errors (no "runtime error: " prefix), and the rest.
package main

import (
	"fmt"
	"runtime"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isRuntime := r.(runtime.Error)
		fmt.Printf("%-10s %-5t %T: %v\n", name, isRuntime, r, r)
	}()
	f()
}

func main() {
	xs := []int{1, 2, 3}
	i, n := 4, -1
	var m map[string]bool
	var p *struct{ v int }
	zero := 0

	try("index", func() { _ = xs[i] })
	try("slice", func() { _ = xs[1:i] })
	try("nil map", func() { m["x"] = true })
	try("nil ptr", func() { p.v++ })
	try("divide", func() { fmt.Println(i / zero) })
	try("make", func() { _ = make([]int, n) })
	try("closed", func() {
		ch := make(chan int)
		close(ch)
		close(ch)
	})
	try("custom", func() { panic(fmt.Sprintf("mine %d", i)) })
}
