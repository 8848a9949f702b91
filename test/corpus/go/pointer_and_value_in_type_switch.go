// In an interface a *T and a T are different dynamic types; method expressions take the receiver first.
package main

import "fmt"

type Circle struct{ R float64 }

func (c Circle) Area() float64  { return 3 * c.R * c.R }
func (c *Circle) Grow(f float64) { c.R *= f }

type Shape interface{ Area() float64 }

func kind(s Shape) string {
	switch v := s.(type) {
	case *Circle:
		return fmt.Sprintf("pointer to circle r=%.1f", v.R)
	case Circle:
		return fmt.Sprintf("circle r=%.1f", v.R)
	default:
		return "unknown"
	}
}

func main() {
	c := &Circle{1}
	shapes := []Shape{Circle{2}, c}
	for _, s := range shapes {
		fmt.Println(kind(s))
	}
	var s Shape = c
	fmt.Printf("%T %v\n", s, s)
	if p, ok := s.(*Circle); ok {
		p.Grow(3)
	}
	fmt.Println(c.R)
	grow := (*Circle).Grow
	area := Circle.Area
	grow(c, 2)
	fmt.Println(c.R, area(*c), area(Circle{1}))
}
