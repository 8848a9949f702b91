// An enum with a String method, as Go code declares them with iota: fmt prints a map's
// keys and values through String, sorted by their underlying values.
package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
)

func (d Weekday) String() string {
	return [...]string{"Sun", "Mon", "Tue", "Wed"}[d]
}

type Level uint8

const (
	Low Level = iota + 1
	High
)

func (l Level) String() string {
	if l == High {
		return "HIGH"
	}
	return "low"
}

func main() {
	shifts := map[Weekday]int{Wednesday: 3, Monday: 8, Sunday: 0}
	fmt.Println(shifts)
	fmt.Printf("%v %d\n", shifts, len(shifts))

	alerts := map[string]Level{"disk": High, "cpu": Low}
	fmt.Println(alerts)

	plan := map[Weekday]Level{Tuesday: Low, Monday: High}
	fmt.Printf("%v\n", plan)
	for _, d := range []Weekday{Monday, Tuesday} {
		fmt.Println(d, plan[d])
	}
}
