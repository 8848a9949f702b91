// Go by Example "time" and "time formatting / parsing" style, on fixed dates only (no wall clock): time.Date in UTC and a FixedZone, layouts built from the reference time, Parse errors, Add/Sub/AddDate normalisation, Weekday/YearDay/ISOWeek, Truncate, Before/After/Equal across zones
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2009, time.November, 10, 23, 4, 5, 651387237, time.UTC)
	fmt.Println(t)
	fmt.Println(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), t.Location())
	fmt.Println(t.Weekday(), t.YearDay())
	y, w := t.ISOWeek()
	fmt.Println("iso week", y, w)

	for _, layout := range []string{
		time.RFC3339, time.RFC3339Nano, time.Kitchen, time.RFC1123, time.ANSIC,
		"2006-01-02", "02/01/06 15:04", "Mon Jan _2 3:04PM", "2006-01-02T15:04:05.000Z07:00", "Jan 2, 2006 at 3:04pm (MST)",
	} {
		fmt.Printf("%-32q %s\n", layout, t.Format(layout))
	}

	ist := time.FixedZone("IST", 5*3600+1800)
	local := t.In(ist)
	fmt.Println(local, local.Equal(t), local == t)
	fmt.Println(local.Format(time.RFC822Z))

	p, err := time.Parse(time.RFC3339, "2012-11-01T22:08:41+00:00")
	fmt.Println(p, err)
	p2, err := time.Parse("3 04 PM", "8 41 PM")
	fmt.Println(p2, err)
	p3, err := time.ParseInLocation("2006-01-02 15:04", "2024-02-29 07:30", ist)
	fmt.Println(p3, p3.UTC(), err)
	for _, bad := range []string{"8:41PM", "2023-02-30", "2023-13-01"} {
		_, err := time.Parse("2006-01-02", bad)
		fmt.Println("error:", err)
	}

	then := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	diff := t.Sub(then)
	fmt.Println(diff, diff.Hours())
	fmt.Println(then.Add(diff).Equal(t), then.Add(-diff))
	fmt.Println(then.Before(t), then.After(t), t.Compare(then))

	jan31 := time.Date(2023, 1, 31, 12, 0, 0, 0, time.UTC)
	fmt.Println(jan31.AddDate(0, 1, 0).Format("2006-01-02"))
	fmt.Println(time.Date(2023, 14, 35, 25, 61, 0, 0, time.UTC))
	fmt.Println(t.Truncate(time.Hour), t.Round(time.Second))
	fmt.Println(t.Unix(), t.UnixMilli(), time.Unix(1e9, 0).UTC())
	fmt.Println(time.Time{}, time.Time{}.IsZero())
	days := 0
	for d := then; d.Year() == 2000; d = d.AddDate(0, 0, 1) {
		if d.Weekday() == time.Sunday {
			days++
		}
	}
	fmt.Println("Sundays in 2000:", days)
}
