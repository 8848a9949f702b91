// When fmt prints a struct it calls String on each exported field whose value has one: a named
// integer with a value-receiver String, a pointer field whose String has a pointer receiver.
// A struct value whose String has a pointer receiver has no String: its fields print instead.
// A time.Duration field prints as 1.5s.
package main

import (
	"fmt"
	"time"
)

type Cents int64

func (c Cents) String() string { return fmt.Sprintf("$%d.%02d", c/100, c%100) }

type Level int

func (l *Level) String() string { return "level" }

type Tag struct{ Name string }

func (t *Tag) String() string { return "#" + t.Name }

type Product struct {
	Name   string
	Price  Cents
	Level  Level
	Tag    *Tag
	Label  Tag
	hidden Cents
	Shelf  time.Duration
}

func main() {
	p := Product{Name: "lamp", Price: 1999, Level: 2, Tag: &Tag{"home"}, Label: Tag{"sale"}, hidden: 5, Shelf: 1500 * time.Millisecond}
	fmt.Println(p)
	fmt.Printf("%v\n%+v\n", p, &p)
	fmt.Printf("%s|%d|%v\n", p.Price, p.Price, []Cents{1, 250})

	t := Tag{"plain"}
	fmt.Println(t, &t)
	fmt.Printf("%v %+v %s\n", t, &t, &t)
}
