// Untyped constant expressions are exact (Go spec, "Constant expressions"): no rounding until a value is stored.
package main

import "fmt"

const tenth = 0.1
const third = 1.0 / 3

// Big is far beyond any machine integer; only the shifted result is used.
const Big = 1 << 100
const Small = Big >> 98

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
)

func needFloat(x float64) float64 { return x * 0.1 }

func main() {
	fmt.Println(tenth+0.2 == 0.3)
	fmt.Println(third*3 == 1)
	fmt.Println(Small, Big/(Big>>3))
	fmt.Println(0.1+0.2 == 0.3, 0.1+0.2 > 0.3)
	fmt.Println(Tuesday, KB, MB, GB)
	fmt.Println(needFloat(Small))
	x := tenth + 0.2
	y := 0.3
	// Stored in float64 variables, the values are rounded as usual.
	fmt.Println(x == y, x)
	fmt.Println(1<<62, 7/2, 7.0/2)
}
