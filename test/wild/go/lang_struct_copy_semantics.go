// Tutorial/StackOverflow style: struct values are copied on assignment, calls and range; arrays copy, slices/maps/pointers share; == on structs; structs as map keys
package main

import "fmt"

type Point struct{ X, Y int }

type Polygon struct {
	Name    string
	Corners [3]Point
	Tags    []string
	Meta    map[string]int
	Origin  *Point
}

func moveByValue(p Point) Point {
	p.X += 100
	return p
}

func moveByPointer(p *Point) {
	p.X += 100
}

func rename(poly Polygon) {
	poly.Name = "renamed"
	poly.Corners[0].X = -1
	poly.Tags[0] = "changed-through-copy"
	poly.Meta["touched"]++
	poly.Origin.Y = 42
}

func main() {
	a := Point{1, 2}
	b := a
	b.X = 9
	fmt.Println("a:", a, "b:", b)

	c := moveByValue(a)
	fmt.Println("after moveByValue a:", a, "returned:", c)
	moveByPointer(&a)
	fmt.Println("after moveByPointer a:", a)

	origin := Point{0, 0}
	poly := Polygon{
		Name:    "tri",
		Corners: [3]Point{{0, 0}, {4, 0}, {0, 3}},
		Tags:    []string{"small", "right"},
		Meta:    map[string]int{"sides": 3},
		Origin:  &origin,
	}
	rename(poly)
	fmt.Println("name:", poly.Name, "corner0:", poly.Corners[0])
	fmt.Println("tags:", poly.Tags, "meta:", poly.Meta, "origin:", *poly.Origin)

	// Array assignment copies; slice assignment shares.
	arr := [3]int{1, 2, 3}
	arr2 := arr
	arr2[0] = 100
	sl := arr[:]
	sl[1] = 200
	fmt.Println("arr:", arr, "arr2:", arr2)

	// range gives copies of struct elements.
	pts := []Point{{1, 1}, {2, 2}, {3, 3}}
	for _, p := range pts {
		p.X *= 10
	}
	fmt.Println("range by value:", pts)
	for i := range pts {
		pts[i].X *= 10
	}
	fmt.Println("range by index:", pts)
	for i, p := range pts {
		pts[len(pts)-1-i] = p // p is read from the slice as each iteration starts
	}
	fmt.Println("mirrored in place:", pts)

	// Pointer to a slice element stays valid until the slice grows past cap.
	ptr := &pts[0]
	ptr.Y = 77
	fmt.Println("via pointer:", pts[0])
	pts = append(pts, Point{4, 4})
	ptr.Y = 88
	fmt.Println("after append, pts[0]:", pts[0], "ptr:", *ptr)

	// Struct comparison and structs as map keys.
	fmt.Println("equal:", Point{1, 2} == Point{1, 2}, "different:", Point{1, 2} == Point{2, 1})
	visits := map[Point]int{}
	for _, p := range []Point{{0, 0}, {1, 0}, {0, 0}, {1, 0}, {0, 0}} {
		visits[p]++
	}
	fmt.Println("visits:", visits)

	// Anonymous structs and nested copies.
	type pair struct {
		Left, Right Point
	}
	p1 := pair{Point{1, 1}, Point{2, 2}}
	p2 := p1
	p2.Right.Y = 50
	fmt.Printf("p1=%+v p2=%+v\n", p1, p2)
	anon := struct {
		ID   int
		Name string
	}{7, "seven"}
	anon2 := anon
	anon2.Name = "copy"
	fmt.Printf("%v %v %t\n", anon, anon2, anon == anon2)

	// Method with value receiver works on a copy.
	counter := Counter{}
	counter.IncValue()
	counter.IncPointer()
	counter.IncPointer()
	fmt.Println("counter:", counter.n)
}

type Counter struct{ n int }

func (c Counter) IncValue()    { c.n++ }
func (c *Counter) IncPointer() { c.n++ }
