// recover in a deferred function stops a panic; named results let the function
// report the failure as an error. Runtime errors (index out of range, division by zero)
// are recovered the same way.
package main

import (
	"errors"
	"fmt"
)

func safeDivide(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	q = a / b
	return
}

func mustPositive(n int) int {
	if n < 0 {
		panic(fmt.Sprintf("negative value %d", n))
	}
	return n
}

func try(f func()) (msg string) {
	defer func() {
		r := recover()
		if err, ok := r.(error); ok {
			msg = "error: " + err.Error()
		} else if r != nil {
			msg = fmt.Sprint("value: ", r)
		} else {
			msg = "no panic"
		}
	}()
	f()
	return "unreachable when f panics"
}

func main() {
	fmt.Println(safeDivide(10, 3))
	fmt.Println(safeDivide(1, 0))

	fmt.Println(try(func() { mustPositive(5) }))
	fmt.Println(try(func() { mustPositive(-2) }))
	fmt.Println(try(func() { panic(errors.New("custom failure")) }))
	fmt.Println(try(func() {
		s := []int{1, 2, 3}
		i := 5
		fmt.Println(s[i])
	}))
	fmt.Println(try(func() {
		ch := make(chan int)
		close(ch)
		close(ch)
	}))
	fmt.Println("recover outside a panic:", recover())
}
