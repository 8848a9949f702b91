// Interface values are equal when they hold the same dynamic type and equal values: floats,
// named float types and complex numbers in interfaces compare by value; complex numbers
// work as map keys; %T of a generic parameter names the type it was instantiated with.
package main

import (
	"fmt"
	"sort"
)

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Reading struct {
	Sensor string
	Value  float64
}

// Describe works for any T; %T tells which.
func Describe[T any](v T) string { return fmt.Sprintf("%v is a %T", v, v) }

// Contains compares through interfaces, as code written before generics did.
func Contains(items []interface{}, want interface{}) bool {
	for _, it := range items {
		if it == want {
			return true
		}
	}
	return false
}

func main() {
	var a, b interface{} = 1.5, 1.5
	var c interface{} = 2.5
	fmt.Println(a == b, a != c, a == 1.5)

	var x, y fmt.Stringer = Celsius(21.5), Celsius(21.5)
	fmt.Println(x == y, x == Celsius(3))

	var z1, z2 interface{} = 1 + 2i, complex(1, 2)
	fmt.Println(z1 == z2)

	items := []interface{}{1, "two", 3.0, 'x', Celsius(4)}
	fmt.Println(Contains(items, 3.0), Contains(items, "two"), Contains(items, 3), Contains(items, Celsius(4)))

	roots := map[complex128]string{1 + 1i: "first", 2i: "second"}
	roots[1+1i] = "replaced"
	roots[complex(0, 2)] += "!"
	keys := make([]string, 0, len(roots))
	for k, v := range roots {
		keys = append(keys, fmt.Sprint(k, "=", v))
	}
	sort.Strings(keys)
	fmt.Println(len(roots), keys, roots[2i])

	fmt.Println(Describe(42))
	fmt.Println(Describe("gopher"))
	fmt.Println(Describe(Reading{"t1", 20.5}))
	fmt.Println(Describe([]int{1, 2}))
}
