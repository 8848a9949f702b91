// Week numbers for a timesheet (ISO weeks across year ends) and local times read in a fixed
// zone: a value without an offset is in the zone, one with the zone's offset keeps its name.
package main

import (
	"fmt"
	"time"
)

func main() {
	days := []time.Time{
		time.Date(2020, time.December, 31, 9, 0, 0, 0, time.UTC),
		time.Date(2021, time.January, 3, 9, 0, 0, 0, time.UTC),
		time.Date(2021, time.January, 4, 9, 0, 0, 0, time.UTC),
		time.Date(2024, time.December, 30, 9, 0, 0, 0, time.UTC),
		time.Date(2027, time.January, 1, 9, 0, 0, 0, time.UTC),
		time.Date(2026, time.June, 15, 9, 0, 0, 0, time.UTC),
	}
	for _, d := range days {
		y, w := d.ISOWeek()
		fmt.Printf("%s %-9s week %d-W%02d\n", d.Format("2006-01-02"), d.Weekday(), y, w)
	}

	nyc := time.FixedZone("EST", -5*3600)
	shift, err := time.ParseInLocation("2006-01-02 15:04", "2025-03-01 22:15", nyc)
	fmt.Println(shift, err)
	fmt.Println(shift.UTC(), shift.Location())
	same, _ := time.ParseInLocation(time.RFC3339, "2025-03-01T22:15:00-05:00", nyc)
	other, _ := time.ParseInLocation(time.RFC3339, "2025-03-01T22:15:00+01:00", nyc)
	fmt.Println(same, same.Equal(shift))
	fmt.Println(other, other.Sub(shift))
	zulu, _ := time.ParseInLocation(time.RFC3339, "2025-03-02T03:15:00Z", nyc)
	fmt.Println(zulu, zulu.Equal(shift))
	_, err = time.ParseInLocation("2006-01-02", "2025-02-29", nyc)
	fmt.Println(err)
	_, err = time.ParseInLocation("15:04", "7:5", nyc)
	fmt.Println(err)
}
