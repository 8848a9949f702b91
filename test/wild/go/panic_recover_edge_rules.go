// Go blog "Defer, Panic, and Recover" style, the fine print: recover only works in the deferred call itself, returns nil when not panicking, a panic in a defer replaces the first, panic(nil) becomes *runtime.PanicNilError, runtime.Goexit still runs defers, defers run in LIFO order per frame
package main

import (
	"errors"
	"fmt"
	"runtime"
	"sync"
)

func helperRecover() any { return recover() }

func indirect() (res string) {
	defer func() {
		if r := recover(); r != nil {
			res = fmt.Sprint("outer caught: ", r)
		}
	}()
	func() {
		defer func() {
			// recover called from a nested helper does not stop the panic
			if r := helperRecover(); r != nil {
				res = "helper caught"
			}
		}()
		panic("boom")
	}()
	return "not reached"
}

func replaced() (msg string) {
	defer func() {
		r := recover()
		msg = fmt.Sprintf("recovered %v", r)
	}()
	defer func() {
		panic("second")
	}()
	panic("first")
}

func nilPanic() (msg string) {
	defer func() {
		r := recover()
		var pe *runtime.PanicNilError
		err, isErr := r.(error)
		msg = fmt.Sprintf("%T is-error=%v as=%v: %v", r, isErr, isErr && errors.As(err, &pe), r)
	}()
	panic(nil)
}

func loopDefers() {
	for i := range 3 {
		defer fmt.Print("d", i, " ")
	}
	fmt.Print("body ")
}

func repanic() (out string) {
	defer func() {
		out = fmt.Sprint("final: ", recover())
	}()
	defer func() {
		r := recover()
		panic(fmt.Sprintf("wrapped(%v)", r))
	}()
	var m map[string]int
	m["x"] = 1
	return
}

func main() {
	fmt.Println("recover outside panic:", recover())
	fmt.Println(indirect())
	fmt.Println(replaced())
	fmt.Println(nilPanic())
	loopDefers()
	fmt.Println()
	fmt.Println(repanic())

	var wg sync.WaitGroup
	wg.Add(1)
	steps := make(chan string, 4)
	go func() {
		defer wg.Done()
		defer func() { steps <- fmt.Sprint("defer sees recover() = ", recover()) }()
		steps <- "before Goexit"
		runtime.Goexit()
		steps <- "after Goexit"
	}()
	wg.Wait()
	close(steps)
	for s := range steps {
		fmt.Println(s)
	}

	func() {
		defer func() {
			r := recover()
			err, ok := r.(runtime.Error)
			fmt.Println("runtime.Error:", ok, err)
		}()
		var arr []int
		idx := 5
		_ = arr[idx]
	}()

	x := 1
	defer fmt.Println("deferred x at defer time:", x)
	defer func() { fmt.Println("closure sees x:", x) }()
	x = 2
}
