// A time.Duration or time.Month formatted with %d, %x, %o or %b prints its number; %v and %s its String.
package main

import (
	"fmt"
	"time"
)

type Step struct {
	Name string
	Took time.Duration
}

func main() {
	steps := []Step{{"fetch", 1500 * time.Microsecond}, {"parse", 42 * time.Millisecond}, {"store", 2*time.Second + 5*time.Millisecond}}
	var total time.Duration
	for _, s := range steps {
		total += s.Took
		fmt.Printf("%-6s %10d ns  %v  %s\n", s.Name, s.Took, s.Took, s.Took)
	}
	fmt.Printf("total=%d (%v) hex=%x oct=%o\n", total, total, total, total)
	fmt.Printf("%08b|%5d|%-5d|\n", time.Duration(5), time.Duration(7), time.Duration(-3))
	m := time.March
	fmt.Printf("%d %v %s %02d\n", m, m, m, time.December)
	fmt.Println(total, total.Milliseconds())
	laps := []time.Duration{time.Millisecond, time.Minute}
	fmt.Printf("%q %v %d\n", time.Duration(90)*time.Second, laps, laps)
}
