// unicode/utf8 on truncated, overlong, surrogate and stray continuation bytes: DecodeRune, DecodeLastRune, FullRune, RuneStart.
package main

import (
	"fmt"
	"unicode/utf8"
)

func show(label string, p []byte) {
	r, n := utf8.DecodeRune(p)
	lr, ln := utf8.DecodeLastRune(p)
	s := string(p)
	sr, sn := utf8.DecodeRuneInString(s)
	slr, sln := utf8.DecodeLastRuneInString(s)
	fmt.Printf("%-12s % x | first %U/%d last %U/%d | str %U/%d %U/%d | full=%t/%t valid=%t count=%d\n",
		label, p, r, n, lr, ln, sr, sn, slr, sln, utf8.FullRune(p), utf8.FullRuneInString(s), utf8.Valid(p), utf8.RuneCount(p))
}

func main() {
	cases := []struct {
		label string
		p     []byte
	}{
		{"empty", nil},
		{"ascii", []byte("go")},
		{"euro", []byte("€")},
		{"euro cut 1", []byte("€")[:1]},
		{"euro cut 2", []byte("€")[:2]},
		{"emoji", []byte("x😀")},
		{"emoji cut", []byte("😀")[:3]},
		{"overlong /", []byte{0xc0, 0xaf}},
		{"overlong 3", []byte{0xe0, 0x80, 0xaf}},
		{"surrogate", []byte{0xed, 0xa0, 0x80}},
		{"past max", []byte{0xf4, 0x90, 0x80, 0x80}},
		{"f5", []byte{0xf5, 0x80}},
		{"stray cont", []byte{0x80, 'a'}},
		{"trail cont", []byte{'a', 0x80, 0x80}},
		{"e9 then a", []byte{0xe9, 'a'}},
		{"e2 82 then a", []byte{0xe2, 0x82, 'a'}},
		{"ff", []byte{0xff}},
		{"mixed", []byte("h\xc3\xa9\xff\xe4\xb8")},
	}
	for _, c := range cases {
		show(c.label, c.p)
	}

	text := "naïve 世界\xffend"
	for i := 0; i < len(text); i++ {
		if !utf8.RuneStart(text[i]) {
			fmt.Print("_")
		} else {
			fmt.Print("^")
		}
	}
	fmt.Println()
	for i := 0; i < len(text); {
		r, w := utf8.DecodeRuneInString(text[i:])
		fmt.Printf("%d:%q/%d ", i, r, w)
		i += w
	}
	fmt.Println()
	for end := len(text); end > 0; {
		r, w := utf8.DecodeLastRuneInString(text[:end])
		fmt.Printf("%q ", r)
		end -= w
	}
	fmt.Println()
	for n := 0; n <= 4; n++ {
		fmt.Print(utf8.FullRuneInString("😀"[:n]), " ")
	}
	fmt.Println(utf8.RuneStart(0xbf), utf8.RuneStart(0xc0), utf8.ValidRune(0xd800), utf8.ValidRune(-1), utf8.ValidRune(0x10ffff))
	buf := utf8.AppendRune(nil, 0xd800)
	buf = utf8.AppendRune(buf, 'ü')
	fmt.Printf("% x %d\n", buf, utf8.RuneLen(0x110000))
}
