// Tour-style: methods with value and pointer receivers, interfaces, nil receivers, type switch
package main

import (
	"fmt"
	"math"
)

type Vertex struct {
	X, Y float64
}

func (v Vertex) Abs() float64 { return math.Sqrt(v.X*v.X + v.Y*v.Y) }

func (v *Vertex) Scale(f float64) {
	v.X = v.X * f
	v.Y = v.Y * f
}

type MyFloat float64

func (f MyFloat) Abs() float64 {
	if f < 0 {
		return float64(-f)
	}
	return float64(f)
}

type Abser interface {
	Abs() float64
}

type I interface{ M() }

type T struct{ S string }

func (t *T) M() {
	if t == nil {
		fmt.Println("<nil>")
		return
	}
	fmt.Println(t.S)
}

func describe(i interface{}) {
	fmt.Printf("(%v, %T)\n", i, i)
}

func do(i interface{}) {
	switch v := i.(type) {
	case int:
		fmt.Printf("Twice %v is %v\n", v, v*2)
	case string:
		fmt.Printf("%q is %v bytes long\n", v, len(v))
	default:
		fmt.Printf("I don't know about type %T!\n", v)
	}
}

func main() {
	v := Vertex{3, 4}
	v.Scale(10)
	fmt.Println(v.Abs())
	p := &Vertex{4, 3}
	p.Scale(3)
	fmt.Println(*p, p.Abs())

	var a Abser
	a = MyFloat(-math.Sqrt2)
	fmt.Printf("%.5f\n", a.Abs())
	a = &v
	fmt.Println(a.Abs())

	var i I
	var t *T
	i = t
	describe(i)
	i.M()
	i = &T{"hello"}
	describe(i)
	i.M()

	var e interface{} = "hello"
	s, ok := e.(string)
	fmt.Println(s, ok)
	f, ok := e.(float64)
	fmt.Println(f, ok)
	do(21)
	do("hello")
	do(true)
}
