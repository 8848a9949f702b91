// Type switches and type assertions over interface values, with an interface type
// implemented by two structs; %T names the dynamic type.
package main

import (
	"fmt"
	"math"
)

type Shape interface {
	Area() float64
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64    { return r.W * r.H }
func (c *Circle) Area() float64 { return math.Pi * c.R * c.R }

func describe(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int:
		return fmt.Sprintf("int %d doubled is %d", x, x*2)
	case string:
		return fmt.Sprintf("string of length %d", len(x))
	case bool, float64:
		return fmt.Sprintf("bool or float: %v", x)
	case []int:
		return fmt.Sprintf("slice with %d ints", len(x))
	case Shape:
		return fmt.Sprintf("shape %T with area %.2f", x, x.Area())
	case error:
		return "error: " + x.Error()
	default:
		return fmt.Sprintf("something else: %T", x)
	}
}

func main() {
	values := []any{42, "gopher", true, 2.5, []int{1, 2}, Rect{2, 3}, &Circle{1}, nil, fmt.Errorf("bad"), map[string]int{}}
	for _, v := range values {
		fmt.Println(describe(v))
	}

	var s Shape = Rect{4, 5}
	if r, ok := s.(Rect); ok {
		fmt.Println("rect width", r.W)
	}
	if _, ok := s.(*Circle); !ok {
		fmt.Println("not a circle")
	}
	total := 0.0
	for _, sh := range []Shape{Rect{1, 1}, &Circle{2}, Rect{2, 2}} {
		total += sh.Area()
	}
	fmt.Printf("total area %.3f\n", total)
	var anything any = 7
	n := anything.(int)
	fmt.Println(n + 1)
}
