// A GoString method decides what %#v prints, for a named integer type and for a struct; %v still uses String.
package main

import "fmt"

type Weekday int

func (d Weekday) String() string   { return [...]string{"Sun", "Mon", "Tue"}[d] }
func (d Weekday) GoString() string { return fmt.Sprintf("Weekday(%d)", int(d)) }

type Version struct{ Major, Minor int }

func (v Version) GoString() string { return fmt.Sprintf("Version{%d, %d}", v.Major, v.Minor) }

type Plain struct{ Major, Minor int }

func main() {
	d := Weekday(1)
	fmt.Printf("%v %s %d %#v\n", d, d, d, d)
	fmt.Printf("%#v\n", []Weekday{0, 2})
	v := Version{1, 23}
	fmt.Printf("%v %+v %#v\n", v, v, v)
	fmt.Printf("%#v\n", Plain{1, 23})
	fmt.Println(fmt.Sprintf("%#v", map[string]Version{"go": {1, 22}}))
}
