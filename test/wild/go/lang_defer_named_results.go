// Go blog "Defer, Panic, and Recover" style: defer order, argument evaluation, named results changed by defer
package main

import (
	"errors"
	"fmt"
)

func a() {
	i := 0
	defer fmt.Println("deferred a sees i =", i) // argument evaluated now
	i++
	fmt.Println("a returns with i =", i)
}

func b() {
	for i := 0; i < 4; i++ {
		defer fmt.Print(i, " ")
	}
}

func c() (i int) {
	defer func() { i++ }()
	return 1
}

func double() (result int) {
	defer func() { result *= 2 }()
	result = 5
	return result + 1
}

func safeDiv(x, y int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
			q = -1
		}
	}()
	return x / y, nil
}

var errClose = errors.New("close failed")

type resource struct{ name string }

func (r *resource) Close() error {
	fmt.Println("closing", r.name)
	if r.name == "bad" {
		return errClose
	}
	return nil
}

func use(name string) (err error) {
	r := &resource{name}
	defer func() {
		if cerr := r.Close(); cerr != nil && err == nil {
			err = cerr
		}
	}()
	fmt.Println("using", name)
	return nil
}

func trace(msg string) string { fmt.Println("enter", msg); return msg }
func un(msg string)           { fmt.Println("leave", msg) }

func nested() {
	defer un(trace("nested"))
	fmt.Println("in nested")
}

func main() {
	a()
	b()
	fmt.Println()
	fmt.Println("c() =", c())
	fmt.Println("double() =", double())
	fmt.Println(safeDiv(7, 2))
	fmt.Println(safeDiv(7, 0))
	fmt.Println("use good:", use("good"))
	fmt.Println("use bad:", use("bad"))
	nested()
}
