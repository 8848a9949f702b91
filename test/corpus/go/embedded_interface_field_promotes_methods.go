// A struct that embeds an interface gets its methods: calls go to the value stored in the field.
package main

import (
	"fmt"
	"strings"
)

type Speaker interface {
	Speak() string
	Volume() int
}

type Cat struct{}

func (Cat) Speak() string { return "meow" }
func (Cat) Volume() int   { return 2 }

type Lion struct{ roars int }

func (l Lion) Speak() string { return strings.Repeat("ROAR ", l.roars) }
func (l Lion) Volume() int   { return 10 }

// Loud overrides one method and keeps the other.
type Loud struct {
	Speaker
	boost int
}

func (l Loud) Volume() int { return l.Speaker.Volume() * l.boost }

type Stage struct {
	Loud
	name string
}

func perform(s Speaker) {
	fmt.Printf("%q at volume %d\n", strings.TrimSpace(s.Speak()), s.Volume())
}

func main() {
	l := Loud{Speaker: Cat{}, boost: 3}
	fmt.Println(l.Speak(), l.Volume())
	perform(l)
	st := Stage{Loud: Loud{Speaker: Lion{roars: 2}, boost: 2}, name: "main"}
	perform(st)
	fmt.Println(st.Speak() != "", st.name)
	st.Speaker = Cat{}
	perform(st)
}
