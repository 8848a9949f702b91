// Tutorial style: interface hierarchy, embedded interfaces, type switches, method values and expressions
package main

import (
	"fmt"
	"math"
	"sort"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Named interface {
	Name() string
}

type NamedShape interface {
	Shape
	Named
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }
type Square struct{ Rect }

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }
func (r Rect) Name() string       { return "rect" }
func (c Circle) Area() float64    { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 {
	return 2 * math.Pi * c.R
}
func (c *Circle) Grow(f float64) { c.R *= f }
func NewSquare(s float64) Square { return Square{Rect{s, s}} }
func (s Square) Name() string    { return "square" }

func describe(s Shape) string {
	switch v := s.(type) {
	case Square:
		return fmt.Sprintf("square side %.1f", v.W)
	case Rect:
		return fmt.Sprintf("rect %.1fx%.1f", v.W, v.H)
	case *Circle:
		return fmt.Sprintf("circle* r=%.1f", v.R)
	case Circle:
		return fmt.Sprintf("circle r=%.1f", v.R)
	case nil:
		return "nil shape"
	default:
		return "unknown"
	}
}

func main() {
	c := &Circle{1}
	shapes := []Shape{Rect{3, 4}, Circle{2}, NewSquare(2), c}
	c.Grow(3)
	sort.Slice(shapes, func(i, j int) bool { return shapes[i].Area() < shapes[j].Area() })
	for _, s := range shapes {
		line := fmt.Sprintf("%-16s area=%7.3f perim=%6.3f", describe(s), s.Area(), s.Perimeter())
		if n, ok := s.(Named); ok {
			line += " name=" + n.Name()
		}
		fmt.Println(line)
	}
	var ns NamedShape = NewSquare(5)
	fmt.Println(ns.Name(), ns.Area(), ns.(Square).Rect.Name())
	fmt.Println(describe(nil))

	area := Rect{2, 5}.Area // method value
	perim := Rect.Perimeter // method expression
	grow := (*Circle).Grow
	cc := Circle{1}
	grow(&cc, 2)
	fmt.Println(area(), perim(Rect{1, 1}), cc.R)

	type key struct{ x, y int }
	grid := map[key]string{{0, 0}: "origin", {1, 2}: "point"}
	fmt.Println(grid[key{1, 2}], key{1, 2} == key{1, 2}, len(grid))
}
