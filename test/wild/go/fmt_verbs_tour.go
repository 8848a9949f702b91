// Go by Example "String Formatting" style: a tour of fmt verbs, widths, flags and Sprintf/Fprintf
package main

import (
	"errors"
	"fmt"
	"os"
)

type point struct {
	X, Y int
}

type tagged struct {
	Name string
	Tags []string
	Meta map[string]int
	P    *point
	Err  error
}

type level int

func (l level) String() string { return [...]string{"LOW", "MID", "HIGH"}[l] }

func main() {
	p := point{1, -2}
	fmt.Printf("%v | %+v | %#v | %T\n", p, p, p, p)
	fmt.Printf("%v %+v\n", &p, &p)
	t := tagged{"cfg", []string{"a", "b"}, map[string]int{"z": 1, "a": 2}, nil, nil}
	fmt.Printf("%v\n%+v\n", t, t)
	fmt.Printf("%#v\n", []string{"x", "y"})
	fmt.Printf("%#v %#v %#v\n", map[string]bool{"on": true}, 42, "q")
	fmt.Printf("%t %v\n", true, false)
	fmt.Printf("%d %+d %5d|%-5d|%05d\n", 42, 42, 42, 42, -42)
	fmt.Printf("%b %08b %o %#o %O\n", 5, 5, 8, 8, 8)
	fmt.Printf("%x %X %#x %x\n", 255, 255, 255, -255)
	fmt.Printf("%c %q %U %#U\n", 'G', 'G', 'é', 'é')
	fmt.Printf("%f %.2f %8.3f|%-8.2f|%5.2f\n", 3.14159, 3.14159, 3.14159, 3.14159, 2.0/3)
	fmt.Printf("%e %E %g %g %g\n", 123456.789, 0.000123, 123456.789, 1e21, 0.1)
	fmt.Printf("%s|%10s|%-10s|%.3s\n", "gopher", "gopher", "gopher", "gopher")
	fmt.Printf("%q %+q %#q\n", "hi \"there\"\n", "héllo", "back`tick")
	fmt.Printf("%x % x %X\n", "hey", "hey", []byte{1, 171})
	fmt.Printf("%v %d %s\n", level(2), level(2), level(0))
	fmt.Printf("%6.2f%%\n", 12.3456)
	fmt.Printf("%*d|%-*d|\n", 6, 7, 4, 8)
	fmt.Printf("%[2]d %[1]d %[2]d\n", 1, 2)
	fmt.Printf("%v %v\n", nil, []int(nil))
	fmt.Printf("%v %s\n", errors.New("bad thing"), errors.New("as string"))
	fmt.Printf("%T %T %T %T\n", 1.5, 'r', []any{1}, (*point)(nil))
	fmt.Printf("%v %.1f\n", complex(1, -2), 2.25+1i)
	s := fmt.Sprintf("%03d-%s", 7, "bond")
	fmt.Println(s, len(s))
	fmt.Print("Print ", 1, 2, " adds spaces between operands ", 3, "\n")
	fmt.Println("Println", 1, 2, "always", true)
	fmt.Fprintf(os.Stdout, "%-6s|%6s|\n", "left", "right")
	err := fmt.Errorf("wrap %d: %w", 1, os.ErrNotExist)
	fmt.Println(err, errors.Is(err, os.ErrNotExist))
}
