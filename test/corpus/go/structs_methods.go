// Structs: literals, embedded fields, methods with value and pointer receivers,
// pointers to structs, %v and %+v printing.
package main

import "fmt"

type Point struct {
	X, Y int
}

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }

func (p *Point) Scale(k int) {
	p.X *= k
	p.Y *= k
}

type Named struct {
	Name string
}

func (n Named) Greet() string { return "hi, " + n.Name }

type Robot struct {
	Named
	Point
	Battery int
}

func (r *Robot) Move(dx, dy int) {
	r.Point = r.Add(Point{dx, dy})
	r.Battery--
}

func main() {
	p := Point{1, 2}
	q := Point{X: 10}
	fmt.Println(p, q, p.Add(q))
	p.Scale(3)
	fmt.Printf("%v %+v\n", p, p)

	copyOfP := p
	copyOfP.X = 100
	fmt.Println("original unchanged:", p.X, "copy:", copyOfP.X)

	ptr := &p
	ptr.Y = 7
	fmt.Println("through pointer:", p.Y, (*ptr).X, ptr.Add(Point{1, 1}))

	r := Robot{Named: Named{"rex"}, Point: Point{0, 0}, Battery: 3}
	r.Move(2, 3)
	r.Move(1, 1)
	fmt.Println(r.Greet(), r.X, r.Y, r.Battery)
	fmt.Printf("%+v\n", r)
	fmt.Println(r)

	robots := []*Robot{{Named: Named{"a"}, Battery: 1}, {Named: Named{"b"}, Battery: 2}}
	for _, rb := range robots {
		rb.Move(1, 0)
	}
	fmt.Println(robots[0].Battery, robots[1].Battery, robots[1].X)

	fmt.Println(p == Point{3, 7}, p != q)
	anon := struct {
		Label string
		Size  int
	}{"box", 4}
	fmt.Printf("%v %+v\n", anon, anon)
}
