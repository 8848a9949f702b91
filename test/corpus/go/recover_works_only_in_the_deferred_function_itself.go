// recover() stops a panic only when the deferred function calls it itself: a helper it calls gets nil, and a deferred function that defers too still recovers.
package main

import "fmt"

func attempt(name string, body func()) {
	defer func() {
		check := func() any { return recover() } // one call too deep: always nil
		fmt.Println(name, "helper sees:", check())
		defer fmt.Println(name, "cleanup deferred inside the handler")
		if r := recover(); r != nil {
			fmt.Println(name, "recovered:", r)
		}
	}()
	body()
	fmt.Println(name, "finished normally")
}

func main() {
	attempt("calm", func() {})
	attempt("stormy", func() { panic("lightning") })
	fmt.Println("main goes on")
}
