// A named empty struct equals struct{}{}; a slice set to nil can be appended to; a panic value keeps its pointer type for recover.
package main

import (
	"fmt"
	"unicode"
)

type signal struct{}

type point struct{ X, Y int }

type BadInput struct{ Field string }

func (e *BadInput) Error() string { return "bad " + e.Field }

func check() (err error) {
	defer func() {
		if r := recover(); r != nil {
			if b, ok := r.(*BadInput); ok {
				err = b
			}
		}
	}()
	panic(&BadInput{"name"})
}

func main() {
	fmt.Println(signal{} == struct{}{}, point{1, 2} == struct{ X, Y int }{1, 2})

	log := []string{"x"}
	log = nil
	fmt.Println(len(log), log == nil)
	log = append(log, "y")
	fmt.Println(log)

	fmt.Println(check())
	fmt.Println(unicode.ToTitle('ǆ'), unicode.ToUpper('ǆ'), unicode.ToTitle('a'), unicode.ToTitle('ǈ'))
}
