// A Tour of Go's type switch, fed values whose Go type the value alone does not show: a
// rune is an int32, a byte a uint8, 2.0 a float64, and a named type (`type Suit int`,
// `type Celsius float64`) stays itself in an interface, with or without methods.
package main

import (
	"fmt"
	"strings"
)

type Suit int

const (
	Clubs Suit = iota
	Diamonds
	Hearts
	Spades
)

func (s Suit) String() string {
	switch s {
	case Clubs:
		return "clubs"
	case Diamonds:
		return "diamonds"
	case Hearts:
		return "hearts"
	}
	return "spades"
}

type Celsius float64

type Color string

func do(i interface{}) string {
	switch v := i.(type) {
	case int:
		return fmt.Sprintf("Twice %v is %v", v, v*2)
	case rune:
		return fmt.Sprintf("%q is rune %d", v, v)
	case byte:
		return fmt.Sprintf("byte %d is %q", v, v)
	case float64:
		return fmt.Sprintf("float64 %v, half is %v", v, v/2)
	case string:
		return fmt.Sprintf("%q is %v bytes long", v, len(v))
	case Celsius:
		return fmt.Sprintf("%.1f°C is %.1f°F", float64(v), float64(v)*9/5+32)
	case fmt.Stringer:
		return "a Stringer: " + v.String()
	case Color:
		return "the color " + strings.ToUpper(string(v))
	default:
		return fmt.Sprintf("I don't know about type %T!", v)
	}
}

func main() {
	var b byte = 'G'
	var f32 float32 = 0.5
	values := []any{21, 'é', b, 2.0, 1e6, "hello", Celsius(100), Hearts, Color("teal"), f32, uint(7), true}
	for _, v := range values {
		fmt.Println(do(v))
	}

	fmt.Println("printed:", values)
	fmt.Printf("%v|%d|%T|%v|%T\n", values[1], values[1], values[1], values[3], values[3])

	// The value comes back out with its type: arithmetic and comparisons work on it.
	if r, ok := values[1].(rune); ok {
		fmt.Println("next rune:", string(r+1))
	}
	suit := values[7].(Suit)
	fmt.Println("the suit below", suit, "is", suit-1, suit-1 == Diamonds)
	_, isInt := values[1].(int)
	fmt.Println("a rune is an int?", isInt)

	// Interfaces holding equal numbers of different types are not equal.
	var x, y any = Diamonds, 1
	var r1, r2 any = 'a', int32(97)
	fmt.Println(x == y, x == any(Diamonds), r1 == r2, r1 == 'a', r1 == 97)

	counts := map[any]int{}
	for _, k := range []any{1, Diamonds, 1, 'x', Suit(1), int32('x'), "1"} {
		counts[k]++
	}
	fmt.Println(len(counts), counts[1], counts[Diamonds], counts['x'], counts["1"])
}
