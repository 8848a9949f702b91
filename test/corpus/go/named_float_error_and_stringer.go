// Named non-struct types with Error and String methods print through them, also inside interfaces and slices.
package main

import (
	"errors"
	"fmt"
	"math"
)

type ErrNegativeSqrt float64

func (e ErrNegativeSqrt) Error() string {
	return fmt.Sprintf("cannot Sqrt negative number: %v", float64(e))
}

func Sqrt(x float64) (float64, error) {
	if x < 0 {
		return 0, ErrNegativeSqrt(x)
	}
	return math.Sqrt(x), nil
}

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

func (d Weekday) String() string { return [...]string{"Sun", "Mon", "Tue"}[d] }

type IPAddr [4]byte

func (ip IPAddr) String() string { return fmt.Sprintf("%v.%v.%v.%v", ip[0], ip[1], ip[2], ip[3]) }

func main() {
	fmt.Println(Sqrt(2))
	fmt.Println(Sqrt(-2))
	_, err := Sqrt(-9)
	var neg ErrNegativeSqrt
	if errors.As(err, &neg) {
		fmt.Println("as:", float64(neg))
	}
	fmt.Println("error:", err)
	temps := []Celsius{21.5, -3}
	fmt.Println(temps[0], temps)
	fmt.Printf("%v %s %.2f %d\n", Monday, Tuesday, Celsius(1), Monday)
	var s fmt.Stringer = Sunday
	fmt.Println(s, s.String())
	hosts := map[string]IPAddr{"loopback": {127, 0, 0, 1}}
	fmt.Printf("%v\n", hosts["loopback"])
}
