// Effective Go style: iota with expressions (ByteSize KB..YB as floats), skipped values, typed enums with String via a lookup table, and a weekday mask
package main

import (
	"fmt"
	"strings"
)

type ByteSize float64

const (
	_           = iota // ignore first value by assigning to blank identifier
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
	TB
	PB
	EB
	ZB
	YB
)

func (b ByteSize) String() string {
	switch {
	case b >= YB:
		return fmt.Sprintf("%.2fYB", b/YB)
	case b >= ZB:
		return fmt.Sprintf("%.2fZB", b/ZB)
	case b >= EB:
		return fmt.Sprintf("%.2fEB", b/EB)
	case b >= PB:
		return fmt.Sprintf("%.2fPB", b/PB)
	case b >= TB:
		return fmt.Sprintf("%.2fTB", b/TB)
	case b >= GB:
		return fmt.Sprintf("%.2fGB", b/GB)
	case b >= MB:
		return fmt.Sprintf("%.2fMB", b/MB)
	case b >= KB:
		return fmt.Sprintf("%.2fKB", b/KB)
	}
	return fmt.Sprintf("%.2fB", b)
}

type Weekday uint8

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

var dayNames = [...]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}

func (d Weekday) String() string { return dayNames[d%7] }

type DayMask uint8

func (m DayMask) Has(d Weekday) bool { return m&(1<<d) != 0 }
func (m DayMask) With(ds ...Weekday) DayMask {
	for _, d := range ds {
		m |= 1 << d
	}
	return m
}
func (m DayMask) String() string {
	var parts []string
	for d := Sunday; d <= Saturday; d++ {
		if m.Has(d) {
			parts = append(parts, d.String())
		}
	}
	return "{" + strings.Join(parts, ",") + "}"
}

const (
	a, b = iota, iota * 10
	c, d
	_, _
	e, f
)

type Level int

const (
	Debug Level = iota - 1
	Info
	Warn
	Error
)

func main() {
	for _, s := range []ByteSize{1023, 1024, 1e6, 1 << 30, 5.5e12, 3 * PB, YB * 1024} {
		fmt.Printf("%-14v %v\n", float64(s), s)
	}
	fmt.Printf("%.0f %.0f\n", float64(KB), float64(MB))
	fmt.Println(Monday, Saturday, Weekday(9), int(Friday))
	weekend := DayMask(0).With(Saturday, Sunday)
	workdays := ^weekend & 0x7f
	fmt.Printf("weekend=%v %08b workdays=%v %08b\n", weekend, uint8(weekend), workdays, uint8(workdays))
	fmt.Println("Wed is workday:", workdays.Has(Wednesday), "Sun:", workdays.Has(Sunday))
	fmt.Println(a, b, c, d, e, f)
	fmt.Println(Debug, Info, Warn, Error)
	fmt.Printf("%T %T %T\n", KB, Monday, weekend)
}
