// Effective Go/Tour style: switch forms (init, no condition, fallthrough, lists) and iota bit flags with %08b
package main

import (
	"fmt"
	"strings"
)

type Perm uint8

const (
	Read Perm = 1 << iota
	Write
	Exec
	Admin Perm = 1 << 7
)

func (p Perm) String() string {
	if p == 0 {
		return "none"
	}
	var parts []string
	for _, f := range []struct {
		bit  Perm
		name string
	}{{Read, "r"}, {Write, "w"}, {Exec, "x"}, {Admin, "ADMIN"}} {
		if p&f.bit != 0 {
			parts = append(parts, f.name)
		}
	}
	return strings.Join(parts, "|")
}

func grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	case score >= 70:
		return "C"
	}
	return "F"
}

func stages(n int) []string {
	var out []string
	switch n {
	case 3:
		out = append(out, "three")
		fallthrough
	case 2:
		out = append(out, "two")
		fallthrough
	case 1:
		out = append(out, "one")
	default:
		out = append(out, "none")
	}
	return out
}

func kind(c byte) string {
	switch c {
	case 'a', 'e', 'i', 'o', 'u':
		return "vowel"
	case ' ', '\t':
		return "space"
	}
	if c >= '0' && c <= '9' {
		return "digit"
	}
	return "other"
}

func main() {
	p := Read | Write
	fmt.Printf("%v %08b %d\n", p, uint8(p), p)
	p |= Exec
	p &^= Write
	fmt.Printf("%v %08b\n", p, uint8(p))
	p ^= Admin
	fmt.Printf("%v %08b has admin=%t\n", p, uint8(p), p&Admin != 0)
	fmt.Printf("%v %08b\n", Perm(0), ^Perm(0))

	for _, s := range []int{95, 85, 72, 10} {
		fmt.Print(grade(s), " ")
	}
	fmt.Println()
	for n := 0; n <= 3; n++ {
		fmt.Println(n, stages(n))
	}
	for _, c := range []byte("a1 z") {
		fmt.Printf("%q:%s ", c, kind(c))
	}
	fmt.Println()

	switch x := len("gopher"); {
	case x > 5:
		fmt.Println("long word", x)
	default:
		fmt.Println("short word", x)
	}
	switch day := 6; day {
	case 0, 6:
		fmt.Println("weekend")
	case 1, 2, 3, 4, 5:
		fmt.Println("weekday")
	}
}
