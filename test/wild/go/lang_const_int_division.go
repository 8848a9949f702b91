// Spec/tutorial style: untyped constants with huge intermediate values, integer division and remainder of negatives, float-to-int truncation, shifts, rune and string conversions
package main

import (
	"fmt"
	"math"
	"strconv"
)

const (
	Big   = 1 << 100
	Small = Big >> 98
	Third = 1.0 / 3
	Huge  = 1e300 * 1e300 / 1e300
)

type Celsius float64
type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

func main() {
	fmt.Println("Big>>98 =", Small, "Big/Big*7 =", Big/Big*7)
	fmt.Println("Third*3 == 1:", Third*3 == 1, "float64(Third):", float64(Third))
	fmt.Println("Huge:", Huge)

	for _, pair := range [][2]int{{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {1, 3}, {-1, 3}} {
		a, b := pair[0], pair[1]
		fmt.Printf("%3d / %2d = %2d   %3d %% %2d = %2d   floorMod=%d\n", a, b, a/b, a, b, a%b, floorMod(a, b))
	}

	floats := []float64{2.9, -2.9, 0.5, -0.5, 1e10}
	for _, f := range floats {
		fmt.Printf("int(%v)=%d round=%v floor=%v ceil=%v trunc=%v\n", f, int64(f), math.Round(f), math.Floor(f), math.Ceil(f), math.Trunc(f))
	}
	fmt.Println("RoundToEven 2.5:", math.RoundToEven(2.5), "3.5:", math.RoundToEven(3.5))

	var x uint8 = 1
	for _, s := range []uint{0, 3, 7, 8, 9} {
		fmt.Printf("1<<%d as uint8 = %d; ", s, x<<s)
	}
	fmt.Println()
	n := 5
	fmt.Println("-1 << 62 >> 60:", int64(-1)<<62>>60, "1<<n with untyped const in int context:", 1<<n)
	var i32 int32 = math.MaxInt32
	i32++
	fmt.Println("MaxInt32+1 wraps to", i32, "MinInt64:", int64(math.MinInt64), "MaxUint64:", uint64(math.MaxUint64))

	r := 'A' + 2
	fmt.Println("rune arithmetic:", r, string(r), string(rune(0x4E16)), strconv.Itoa(65), fmt.Sprint('x'))
	b := []byte("héllo")
	fmt.Println("bytes:", b, "runes:", []rune("héllo"), "back:", string(b[1:3]), string([]rune{104, 105}))

	var temp Celsius = 36.6
	fmt.Printf("%v %.2f %T %T\n", temp, temp+0.45, temp, Tuesday)
	fmt.Println("weekdays:", Sunday, Monday, Tuesday, Tuesday-Monday == Monday)

	d := 10
	fmt.Println("10/4 =", d/4, "10/4.0 =", float64(d)/4.0, "const 10/4 =", 10/4, "const 10/4.0 =", 10/4.0)
	fmt.Println("0.1+0.2 == 0.3 as constants:", 0.1+0.2 == 0.3)
	fa, fb := 0.1, 0.2
	fmt.Println("0.1+0.2 == 0.3 as float64 vars:", fa+fb == 0.3, fa+fb)
	fmt.Println("MaxFloat64*2:", math.MaxFloat64*fa*20, "-1/0.0:", -1/(fa-fa), "NaN != NaN:", math.NaN() != math.NaN())
	var zero int
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(7 / zero)
}

func floorMod(a, b int) int {
	m := a % b
	if m != 0 && (m < 0) != (b < 0) {
		m += b
	}
	return m
}
