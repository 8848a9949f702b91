// A method value binds its receiver when it is made: a value receiver is copied then, and library types' methods can be passed as functions too.
package main

import (
	"fmt"
	"strings"
)

type Light struct {
	color string
	on    bool
}

func (l Light) Describe() string {
	if l.on {
		return l.color + " light is on"
	}
	return l.color + " light is off"
}

func (l *Light) Toggle() { l.on = !l.on }

func apply(words []string, f func(string) string) []string {
	out := []string{}
	for _, w := range words {
		out = append(out, f(w))
	}
	return out
}

func main() {
	lamp := &Light{color: "red"}
	before := lamp.Describe // the receiver is copied right here
	toggle := lamp.Toggle   // a pointer receiver: it keeps pointing at lamp
	toggle()
	fmt.Println("captured:", before())
	fmt.Println("current: ", lamp.Describe())

	var desk Light
	desk.color = "blue"
	show := desk.Describe
	desk.on = true
	fmt.Println(show(), "/", desk.Describe())

	shout := strings.NewReplacer("o", "0", "e", "3")
	fmt.Println(apply([]string{"hello", "gopher"}, shout.Replace))

	var sb strings.Builder
	add := sb.WriteString
	add("method ")
	add("values")
	fmt.Println(sb.String(), sb.Len())
}
