// A deferred call's function value and arguments are evaluated when the defer statement runs, not at return.
package main

import "fmt"

func trace(name string) func() {
	fmt.Println("enter", name)
	return func() { fmt.Println("leave", name) }
}

func report(label string, n int) {
	fmt.Println(label, n)
}

func work() {
	defer trace("work")()
	step := 1
	defer report("step at defer:", step)
	defer println("builtin sees step", step)
	step = 2
	show := func(s string) { fmt.Println("first show:", s) }
	defer show("deferred")
	show = func(s string) { fmt.Println("second show:", s) }
	show("now")
	fmt.Println("step is", step)
}

func main() {
	work()
	fmt.Println("done")
}
