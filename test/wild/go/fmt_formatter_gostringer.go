// fmt package docs style: a custom fmt.Formatter reading flags, width and precision, GoStringer for %#v, Stringer vs error precedence, and Sprintf argument errors
package main

import (
	"errors"
	"fmt"
	"strings"
)

type Money struct {
	Cents    int64
	Currency string
}

// Format handles %v, %s, %d and %q itself; the + flag prefixes "amount".
func (m Money) Format(f fmt.State, verb rune) {
	units := m.Cents / 100
	frac := m.Cents % 100
	if frac < 0 {
		frac = -frac
	}
	prec, hasPrec := f.Precision()
	var body string
	switch verb {
	case 'd':
		body = fmt.Sprint(units)
	case 'v', 's', 'q':
		if hasPrec && prec == 0 {
			body = fmt.Sprintf("%d %s", units, m.Currency)
		} else {
			body = fmt.Sprintf("%d.%02d %s", units, frac, m.Currency)
		}
		if f.Flag('+') {
			body = "amount " + body
		}
		if verb == 'q' {
			body = `"` + body + `"`
		}
	default:
		body = fmt.Sprintf("%%!%c(Money)", verb)
	}
	if w, ok := f.Width(); ok && len(body) < w {
		pad := strings.Repeat(" ", w-len(body))
		if f.Flag('-') {
			body += pad
		} else {
			body = pad + body
		}
	}
	fmt.Fprint(f, body)
}

type Color uint8

func (c Color) String() string   { return [...]string{"red", "green", "blue"}[c] }
func (c Color) GoString() string { return fmt.Sprintf("Color(%d)", uint8(c)) }

type Both struct{ code int }

func (b Both) String() string { return "stringer" }
func (b Both) Error() string  { return fmt.Sprintf("error %d", b.code) }

type Temp float64

func (t *Temp) String() string { return fmt.Sprintf("%.1f°C", float64(*t)) }

func main() {
	m := Money{123456, "EUR"}
	fmt.Printf("[%v] [%+v] [%.0v] [%d] [%q]\n", m, m, m, m, m)
	fmt.Printf("[%20v] [%-20v] [%x]\n", m, m, m)
	fmt.Println("Println:", m, Money{-250, "USD"})
	fmt.Println("Sprint in a slice:", fmt.Sprint([]Money{{100, "GBP"}, {5, "GBP"}}))

	c := Color(2)
	fmt.Printf("%v %s %d %#v %x\n", c, c, c, c, c)
	fmt.Printf("%v %#v\n", []Color{0, 1}, []Color{0, 1})

	var e error = Both{7}
	fmt.Printf("%v | %s | %v\n", Both{3}, e, errors.Unwrap(e) == nil)

	t := Temp(21.46)
	fmt.Printf("%v %v\n", t, &t)

	// Mistakes are reported inline rather than failing.
	bad := []struct {
		format string
		args   []any
	}{
		{"%d %s", []any{"str", 42}},
		{"%d", nil},
		{"%d %d", []any{1, 2, 3}},
		{"%!", nil},
		{"%z", []any{3.5}},
	}
	for _, b := range bad {
		fmt.Printf("%-8q -> ", b.format)
		fmt.Printf(b.format, b.args...)
		fmt.Println()
	}
	fmt.Printf("%[2]d %[1]d %d\n", 10, 20)
	fmt.Printf("%*d|%-*d|\n", 6, 7, 4, 8)
	fmt.Printf("%v %d\n", nil, []any{1, "a", nil})
}
