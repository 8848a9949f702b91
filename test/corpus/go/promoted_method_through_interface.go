// Methods of an embedded struct are promoted: called directly, through an interface, and by fmt (String).
package main

import "fmt"

type Animal struct {
	Name string
	legs int
}

func (a Animal) Describe() string { return fmt.Sprintf("%s has %d legs", a.Name, a.legs) }
func (a *Animal) Rename(n string) { a.Name = n }
func (a Animal) String() string   { return "Animal(" + a.Name + ")" }

type Dog struct {
	Animal
	Breed string
}

type Guide struct {
	*Dog
	Owner string
}

type Describer interface{ Describe() string }

func show(d Describer) { fmt.Println("->", d.Describe()) }

func main() {
	d := Dog{Animal: Animal{Name: "Rex", legs: 4}, Breed: "collie"}
	fmt.Println(d.Describe(), d.Name, d.Breed)
	show(d)
	d.Rename("Max")
	show(&d)
	fmt.Println(d)
	g := Guide{Dog: &d, Owner: "Ann"}
	g.Rename("Buddy")
	fmt.Println(g.Describe(), d.Name, g.Owner)
	things := []Describer{d, g, Animal{"Cat", 4}}
	for _, t := range things {
		show(t)
	}
}
