// A type implementing fmt.Formatter prints itself for every verb: it reads the directive's
// flags, width and precision from fmt.State and writes through it (Fprintf, Write); inside
// slices and struct fields too. A GoStringer prints %#v, and a Format method of another
// signature is an ordinary method fmt ignores.
package main

import (
	"fmt"
	"strings"
)

type Vec struct{ X, Y float64 }

func (v Vec) Format(s fmt.State, verb rune) {
	prec, ok := s.Precision()
	if !ok {
		prec = 1
	}
	switch verb {
	case 'v', 's':
		if s.Flag('#') {
			fmt.Fprintf(s, "Vec{X:%g, Y:%g}", v.X, v.Y)
			return
		}
		text := fmt.Sprintf("(%.*f, %.*f)", prec, v.X, prec, v.Y)
		if s.Flag('+') {
			text = "vec" + text
		}
		if w, ok := s.Width(); ok && len(text) < w {
			if s.Flag('-') {
				text += strings.Repeat(".", w-len(text))
			} else {
				text = strings.Repeat(".", w-len(text)) + text
			}
		}
		s.Write([]byte(text))
	default:
		fmt.Fprintf(s, "%%!%c(Vec)", verb)
	}
}

type Level int

func (l Level) GoString() string { return fmt.Sprintf("Level(%d)", int(l)) }
func (l Level) String() string   { return [...]string{"low", "mid", "high"}[l] }

type Report struct {
	Name string
	At   Vec
}

// Format with another signature: not a fmt.Formatter.
func (r Report) Format(prefix string) string { return prefix + r.Name }

func main() {
	v := Vec{1.25, -3}
	fmt.Printf("[%v] [%+v] [%.3v] [%12v] [%-12v|] [%#v] [%d]\n", v, v, v, v, v, v, v)
	fmt.Println(v, []Vec{{0, 1}, {2.5, 2.5}})
	fmt.Println(Report{"origin", Vec{}}, Report{"p", v}.Format("report: "))
	fmt.Printf("%+v\n", Report{"q", v})
	s := fmt.Sprint(v)
	fmt.Println(len(s), s)

	l := Level(2)
	fmt.Printf("%v %d %#v %#v\n", l, l, l, []Level{0, 1})
}
