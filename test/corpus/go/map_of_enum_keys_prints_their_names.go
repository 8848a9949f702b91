// An enum with a String method, as Go code declares them with iota: fmt prints a map's
// keys and values through String, sorted by their underlying values.
package main

import "fmt"

type Season int

const (
	Winter Season = iota
	Spring
	Summer
	Autumn
)

func (s Season) String() string {
	switch s {
	case Winter:
		return "winter"
	case Spring:
		return "spring"
	case Summer:
		return "summer"
	}
	return "autumn"
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
	rain := map[Season]int{Autumn: 3, Spring: 8, Winter: 0}
	fmt.Println(rain)
	fmt.Printf("%v %d\n", rain, len(rain))

	alerts := map[string]Level{"disk": High, "cpu": Low}
	fmt.Println(alerts)

	plan := map[Season]Level{Summer: Low, Spring: High}
	fmt.Printf("%v\n", plan)
	for _, s := range []Season{Spring, Summer} {
		fmt.Println(s, plan[s])
	}
}
