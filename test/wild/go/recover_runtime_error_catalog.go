// Go by Example "recover" style: a catalog of runtime panics caught with recover - index and slice bounds, nil map, nil pointer, divide by zero, failed type assertion, custom values
package main

import (
	"errors"
	"fmt"
	"runtime"
)

type point struct{ X, Y int }

type panicCode int

func (c panicCode) String() string { return fmt.Sprintf("code-%d", int(c)) }

func catch(name string, f func()) {
	defer func() {
		r := recover()
		if r == nil {
			fmt.Printf("%-18s no panic\n", name)
			return
		}
		var re runtime.Error
		isRuntime := false
		if err, ok := r.(error); ok {
			isRuntime = errors.As(err, &re)
		}
		fmt.Printf("%-18s runtime=%-5t %T: %v\n", name, isRuntime, r, r)
	}()
	f()
}

func main() {
	var idx = 5
	var nums []int
	arr := []int{1, 2, 3}
	var m map[string]int
	var p *point
	var any1 interface{} = "text"
	zero := 0

	catch("index", func() { _ = arr[idx] })
	catch("index empty", func() { _ = nums[0] })
	catch("slice hi", func() { _ = arr[1:idx] })
	catch("slice lo>hi", func() { lo := 3; _ = arr[lo:2:3][0] })
	catch("nil map write", func() { m["k"]++ })
	catch("nil map read", func() { _ = m["k"] })
	catch("nil pointer", func() { fmt.Println(p.X) })
	catch("divide", func() { fmt.Println(10 / zero) })
	catch("modulo", func() { fmt.Println(10 % zero) })
	catch("assert string", func() { _ = any1.(int) })
	catch("assert iface", func() { _ = any1.(fmt.Stringer) })
	catch("assert nil", func() { var e interface{}; _ = e.(string) })
	catch("custom string", func() { panic("plain message") })
	catch("custom error", func() { panic(fmt.Errorf("wrapped: %w", errors.New("inner"))) })
	catch("custom stringer", func() { panic(panicCode(7)) })
	catch("custom struct", func() { panic(point{1, 2}) })
	catch("float div", func() { f := 0.0; fmt.Println(1/f, -1/f) })
	catch("make negative", func() { n := -1; _ = make([]int, n) })
	catch("array ptr nil", func() { var a *[4]int; fmt.Println(len(a)); a[2] = 1 })

	// panic while panicking: the deferred recover sees the last one
	catch("repanic", func() {
		defer func() { panic("second") }()
		panic("first")
	})
}
