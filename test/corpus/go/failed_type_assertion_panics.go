// A failed single-value type assertion panics with a *runtime.TypeAssertionError;
// the comma-ok form never panics.
package main

import (
	"errors"
	"fmt"
	"runtime"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Square struct{ Side float64 }

func (s Square) Area() float64      { return s.Side * s.Side }
func (s Square) Perimeter() float64 { return 4 * s.Side }

type Named interface{ Name() string }

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

func safely(label string, f func()) {
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		var re runtime.Error
		err, isErr := r.(error)
		fmt.Printf("%-10s %T runtime.Error=%t\n", label, r, isErr && errors.As(err, &re))
		fmt.Println("          ", r)
	}()
	f()
}

func main() {
	var value interface{} = "gopher"
	var shape Shape = Square{Side: 2}
	var temp interface{} = Celsius(21.5)

	// Assertions that hold.
	fmt.Println(value.(string), shape.(Square).Side, temp.(Celsius), temp.(fmt.Stringer))

	// The comma-ok form reports instead of panicking.
	n, ok := value.(int)
	fmt.Println(n, ok)

	safely("int", func() { fmt.Println(value.(int)) })
	safely("float64", func() { fmt.Println(value.(float64) + 1) })
	safely("Stringer", func() { fmt.Println(value.(fmt.Stringer).String()) })
	safely("pointer", func() { fmt.Println(shape.(*Square).Side) })
	safely("Named", func() { fmt.Println(shape.(Named).Name()) })
	safely("Celsius", func() { fmt.Println(temp.(float64)) })
	safely("nil", func() {
		var empty interface{}
		fmt.Println(empty.(string))
	})
	safely("nil iface", func() {
		var empty interface{}
		fmt.Println(empty.(Shape))
	})

	// Unrecovered, it ends the program.
	var count interface{} = 42
	fmt.Println(count.(string))
}
