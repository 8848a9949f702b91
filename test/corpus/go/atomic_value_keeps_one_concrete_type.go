// An atomic.Value holds values of one concrete type: storing nil, or a value of another type
// than the first one stored, panics.
package main

import (
	"fmt"
	"sync/atomic"
)

type settings struct {
	level int
}

func try(what string, f func()) {
	defer func() { fmt.Println(what, "->", recover()) }()
	f()
}

func main() {
	var v atomic.Value
	fmt.Println("empty Value loads:", v.Load())
	try("store nil", func() { v.Store(nil) })
	v.Store(settings{level: 1})
	try("store same type", func() { v.Store(settings{level: 2}) })
	fmt.Println("loaded:", v.Load().(settings).level)
	try("store other type", func() { v.Store("loud") })
	try("swap other type", func() { v.Swap(3) })
	try("swap nil", func() { v.Swap(nil) })
	old := v.Swap(settings{level: 3})
	fmt.Println("swapped out:", old.(settings).level)

	var names atomic.Value
	names.Store("ann")
	fmt.Println("cas:", names.CompareAndSwap("ann", "bea"), names.Load())
	try("cas other type", func() { names.CompareAndSwap("bea", 7) })
	try("cas nil", func() { names.CompareAndSwap("bea", nil) })
	names.Store(42) // not recovered: the program ends with this panic
}
