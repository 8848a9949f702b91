// A String method with a pointer receiver on a named float or int: fmt calls it for a pointer
// (`&t`, a *T in an interface or a variable), never for the value; a value-receiver String is
// called for both.
package main

import "fmt"

type Celsius float64

func (c *Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(*c)) }

func (c *Celsius) Warm(by float64) { *c += Celsius(by) }

type Hits int

func (h Hits) String() string { return fmt.Sprintf("%d hits", int(h)) }

func (h *Hits) Add() { *h++ }

func main() {
	t := Celsius(21.46)
	p := &t
	fmt.Println(t, p)
	fmt.Printf("%v %v %.2f %s\n", t, &t, t, p)
	p.Warm(1.5)
	fmt.Println(t, p)

	var s fmt.Stringer = &t
	t = 30
	fmt.Println(s, s.String())

	var h Hits
	h.Add()
	h.Add()
	fmt.Println(h, &h)
	fmt.Printf("%v|%d|%s\n", h, h, &h)
}
