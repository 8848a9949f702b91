// time.Time values: time.Date, Go layouts in Format (RFC3339, Kitchen, custom ones), Add, Sub,
// AddDate, Truncate, Round, Before/After/Equal, Unix, Weekday, YearDay, IsZero, printing a
// Time and a Duration, and Duration's methods.
package main

import (
	"fmt"
	"time"
)

func main() {
	launch := time.Date(2009, time.November, 10, 23, 4, 5, 123456789, time.UTC)
	fmt.Println(launch)
	fmt.Println(launch.Format(time.RFC3339), launch.Format(time.RFC3339Nano))
	fmt.Println(launch.Format(time.Kitchen), launch.Format(time.ANSIC), launch.Format(time.DateOnly))
	fmt.Println(launch.Format("Monday, 02-Jan-06 15:04:05.000 MST"), launch.Format("2006/1/2 3:04pm .999"))
	fmt.Println(launch.Weekday(), launch.Month(), launch.Year(), launch.Day(), launch.YearDay(), launch.Unix())
	y, m, d := launch.Date()
	h, mi, s := launch.Clock()
	fmt.Println(y, m, d, h, mi, s, launch.Nanosecond())

	later := launch.Add(36*time.Hour + 30*time.Minute)
	fmt.Println(later.Format(time.DateTime), later.Sub(launch), later.After(launch), later.Before(launch))
	fmt.Println(launch.AddDate(0, 2, 25).Format(time.DateOnly), launch.AddDate(-9, 0, 0).Weekday())
	fmt.Println(launch.Truncate(time.Hour).Format(time.TimeOnly), launch.Round(time.Minute).Format(time.TimeOnly))
	fmt.Println(launch.Truncate(24*time.Hour).Equal(time.Date(2009, 11, 10, 0, 0, 0, 0, time.UTC)))
	fmt.Println(time.Date(2024, 2, 30, 0, 0, 0, 0, time.UTC).Format(time.DateOnly), time.Unix(1e9, 0).UTC())

	var zero time.Time
	fmt.Println(zero.IsZero(), launch.IsZero(), zero)

	d2 := 90*time.Minute + 1500*time.Millisecond
	fmt.Println(d2, d2.Hours(), d2.Minutes(), d2.Seconds(), d2.Milliseconds())
	fmt.Println(d2.Truncate(time.Minute), d2.Round(time.Hour), time.Duration(1500)*time.Microsecond)

	start := time.Now()
	time.Sleep(2 * time.Millisecond)
	elapsed := time.Since(start)
	fmt.Println(elapsed >= 2*time.Millisecond, time.Now().After(start), start.IsZero())
}
