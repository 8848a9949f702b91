// Tour/Effective Go style: method sets through interfaces -- value vs pointer receivers, interface values holding copies, typed nil pointers, embedding *T vs T
package main

import (
	"fmt"
	"strings"
)

type Shouter interface{ Shout() string }

type Renamer interface{ Rename(string) }

type Dog struct{ Name string }

func (d Dog) Shout() string     { return strings.ToUpper(d.Name) + "!" }
func (d *Dog) Rename(n string)  { d.Name = n }
func (d *Dog) Describe() string { return "dog " + d.Name }

type Cat struct{ Name string }

func (c *Cat) Shout() string {
	if c == nil {
		return "(no cat)"
	}
	return "meow from " + c.Name
}

type Kennel struct {
	Dog      // value embedded: Shout promoted to Kennel; Rename only to *Kennel
	Capacity int
}

type Shelter struct {
	*Dog // pointer embedded: both Shout and Rename promoted to Shelter
	City string
}

func shoutAll(list []Shouter) {
	for i, s := range list {
		fmt.Printf("  %d %-12T %s\n", i, s, s.Shout())
	}
}

func main() {
	d := Dog{"rex"}
	var s Shouter = d // the interface holds a copy of d
	d.Name = "max"
	fmt.Println("copy in interface:", s.Shout(), "original:", d.Shout())

	var sp Shouter = &d // a pointer: later changes are visible
	d.Name = "bo"
	fmt.Println("pointer in interface:", sp.Shout())

	var r Renamer = &d
	r.Rename("fido")
	fmt.Println("renamed through interface:", d.Name, sp.Shout(), s.Shout())

	// Only *Cat has Shout, so only &Cat{} satisfies Shouter.
	c := &Cat{"tom"}
	shoutAll([]Shouter{d, &d, c, Kennel{Dog{"k9"}, 3}, Shelter{&Dog{"pup"}, "Oslo"}})

	// A typed nil pointer inside an interface is not a nil interface.
	var nc *Cat
	var si Shouter = nc
	fmt.Println("nil *Cat in interface: nil?", si == nil, "->", si.Shout())
	var empty Shouter
	fmt.Println("zero interface nil?", empty == nil)

	// Type assertions distinguish Dog from *Dog.
	for _, v := range []Shouter{d, &d} {
		if dv, ok := v.(Dog); ok {
			fmt.Println("holds a Dog value:", dv.Name)
		}
		if dp, ok := v.(*Dog); ok {
			fmt.Println("holds a *Dog:", dp.Describe())
		}
		_, canRename := v.(Renamer)
		fmt.Println("  can rename:", canRename)
	}

	// Addressable values get pointer methods called automatically.
	k := Kennel{Dog{"kenny"}, 2}
	k.Rename("ken")
	fmt.Println("kennel dog:", k.Name, k.Describe())
	var kr Renamer = &k
	kr.Rename("kenneth")
	fmt.Println("kennel via *Kennel:", k.Shout())

	sh := Shelter{&Dog{"luna"}, "Rome"}
	var shr Renamer = sh // a Shelter value has Rename because it embeds *Dog
	shr.Rename("stella")
	fmt.Println("shelter dog:", sh.Name, "in", sh.City)

	// Interface values compare by dynamic type and value.
	var a1 Shouter = Dog{"same"}
	var a2 Shouter = Dog{"same"}
	var a3 Shouter = &Dog{"same"}
	var a4 Shouter = &Dog{"same"}
	fmt.Println("value equal:", a1 == a2, "pointer equal:", a3 == a4, "mixed:", a1 == a3)

	// Method values bind the receiver at evaluation time.
	d2 := Dog{"early"}
	shoutFn := d2.Shout
	describeFn := d2.Describe
	d2.Name = "late"
	fmt.Println("method values:", shoutFn(), describeFn())
}
