// A value's method set holds only its value-receiver methods; a pointer's holds both. Type assertions and switches see the difference.
package main

import "fmt"

type Counter struct{ n int }

func (c Counter) Value() int  { return c.n }
func (c *Counter) Increment() { c.n++ }

type Reader interface{ Value() int }
type Incrementer interface{ Increment() }

// Gauge embeds a Counter value: Increment is promoted to *Gauge only.
type Gauge struct {
	Counter
	Label string
}

func describe(x any) string {
	switch x.(type) {
	case Incrementer:
		return "can increment"
	case Reader:
		return "can only read"
	default:
		return "neither"
	}
}

func main() {
	c := Counter{n: 1}
	things := []any{c, &c, Gauge{Label: "g"}, &Gauge{Label: "pg"}, 42}
	for _, t := range things {
		_, inc := t.(Incrementer)
		_, read := t.(Reader)
		fmt.Printf("%T: increment=%v read=%v -> %s\n", t, inc, read, describe(t))
	}

	var r Reader = &c
	if i, ok := r.(Incrementer); ok {
		i.Increment()
	}
	fmt.Println("after increment through the interface:", c.Value())

}
