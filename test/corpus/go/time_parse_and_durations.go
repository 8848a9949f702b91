// time.Parse with Go layouts (RFC3339 with an offset, a date, a kitchen time, month names,
// fractions), its errors, and time.ParseDuration with its errors.
package main

import (
	"fmt"
	"time"
)

func main() {
	for _, in := range []struct{ layout, value string }{
		{time.RFC3339, "2024-02-29T13:45:00+02:00"},
		{time.RFC3339Nano, "2009-11-10T23:00:00.5Z"},
		{time.DateOnly, "2023-07-04"},
		{time.Kitchen, "3:04PM"},
		{"Jan 2, 2006 at 15:04:05", "Feb 3, 2013 at 7:54:01.25"},
		{"Monday, 02-Jan-06", "Thursday, 29-Feb-24"},
		{time.DateOnly, "2023-02-30"},
		{time.DateOnly, "July 4th"},
		{"15:04", "10:30 pm"},
	} {
		t, err := time.Parse(in.layout, in.value)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println(t, "|", t.Weekday(), t.UTC().Format(time.RFC3339Nano))
	}
	for _, s := range []string{"1h15m30.5s", "300ms", "-1.5h", "2h45m", "1µs", "0", "ten minutes", "1", "5y"} {
		d, err := time.ParseDuration(s)
		fmt.Println(d, err)
	}
}
