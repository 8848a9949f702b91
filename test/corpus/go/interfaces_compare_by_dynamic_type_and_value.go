// Two interface values are equal when they hold the same dynamic type and equal values: struct values by their fields, pointers by address.
package main

import "fmt"

type Shape interface{ Area() float64 }

type Rect struct{ W, H float64 }

func (r Rect) Area() float64 { return r.W * r.H }

type Square struct{ Side float64 }

func (s Square) Area() float64 { return s.Side * s.Side }

type Celsius float64

func main() {
	var a, b Shape = Rect{2, 3}, Rect{2, 3}
	fmt.Println("same rect values:", a == b)
	b = Rect{3, 2}
	fmt.Println("different rect values:", a == b, a != b)

	var s1, s2 Shape = Square{2}, Square{2}
	fmt.Println("squares:", s1 == s2)

	r := &Rect{1, 1}
	var p1, p2 Shape = r, &Rect{1, 1}
	fmt.Println("same pointer:", p1 == Shape(r), "equal structs behind two pointers:", p1 == p2)

	var v1, v2 any = struct{ X int }{1}, struct{ X int }{1}
	fmt.Println("unnamed structs:", v1 == v2)

	var t1, t2 any = Celsius(21.5), Celsius(21.5)
	fmt.Println("floats:", t1 == t2, t1 == any(21.5))

	n, m := 5, 5
	var q1, q2 any = &n, &m
	fmt.Println("pointers to equal ints:", q1 == q2, q1 == q1)
}
