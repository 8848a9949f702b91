// time package docs style: Duration arithmetic and printing, Truncate/Round, fixed dates (no wall clock)
package main

import (
	"fmt"
	"time"
)

func main() {
	d := 90 * time.Minute
	fmt.Println(d, d.Hours(), d.Minutes())
	fmt.Println(1500*time.Millisecond, 2*time.Second+300*time.Microsecond, time.Duration(1))
	fmt.Println(time.Duration(0), -3*time.Second, 36*time.Hour+15*time.Second)

	p, err := time.ParseDuration("1h15m30.5s")
	fmt.Println(p, err, p.Seconds())
	_, err = time.ParseDuration("ten minutes")
	fmt.Println(err)
	fmt.Println(p.Truncate(time.Minute), p.Round(time.Hour))

	t := time.Date(2009, time.November, 10, 23, 0, 0, 0, time.UTC)
	fmt.Println(t)
	fmt.Println(t.Format("2006-01-02 15:04:05 Mon"), t.Weekday(), t.YearDay())
	later := t.Add(49 * time.Hour)
	fmt.Println(later.Format(time.RFC3339), later.Sub(t), later.After(t))
	fmt.Println(t.AddDate(0, 1, 25).Format("Jan 2, 2006"))
	parsed, err := time.Parse("2006-01-02", "2024-02-29")
	fmt.Println(parsed.Format("Monday, 02-Jan-06"), err)

	// time.Since is only used for a comparison, never printed
	start := time.Now()
	time.Sleep(2 * time.Millisecond)
	fmt.Println("slept at least 2ms:", time.Since(start) >= 2*time.Millisecond)

	timeouts := []time.Duration{250 * time.Millisecond, 2 * time.Second, 45 * time.Second, 3 * time.Minute}
	for _, to := range timeouts {
		fmt.Printf("%-8v = %6d ms\n", to, to.Milliseconds())
	}
}
