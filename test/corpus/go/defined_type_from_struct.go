// A type defined from another struct type has the same fields but its own methods; conversions copy.
package main

import "fmt"

type coder struct {
	name  string
	level int
}

func (c coder) describe() string { return fmt.Sprintf("coder %s (%d)", c.name, c.level) }

type decoder coder

func (d *decoder) promote() { d.level++ }
func (d decoder) describe() string {
	return fmt.Sprintf("decoder %s (%d)", d.name, d.level)
}

type alias = coder

func main() {
	c := coder{name: "ada", level: 1}
	d := decoder(c)
	d.promote()
	fmt.Println(c.describe())
	fmt.Println(d.describe())
	back := coder(d)
	back.name = "grace"
	fmt.Println(back.describe(), d.name)
	p := &decoder{name: "bob"}
	p.promote()
	p.promote()
	fmt.Println(p.level, *p)
	var a alias = c
	fmt.Println(a.describe())
}
