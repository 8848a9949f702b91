// Go blog / unicode/utf8 docs style: decoding runes by hand, invalid bytes become RuneError width 1, EncodeRune/AppendRune, RuneLen, ValidString, FullRune, truncating at a rune boundary
package main

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

func truncate(s string, maxBytes int) string {
	if len(s) <= maxBytes {
		return s
	}
	for maxBytes > 0 && !utf8.RuneStart(s[maxBytes]) {
		maxBytes--
	}
	return s[:maxBytes]
}

func main() {
	s := "héllo, 世界 👋"
	fmt.Println(len(s), utf8.RuneCountInString(s))
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		fmt.Printf("%d:%c/%d ", i, r, w)
		i += w
	}
	fmt.Println()
	last, w := utf8.DecodeLastRuneInString(s)
	fmt.Printf("last %U width %d\n", last, w)

	bad := "a\xffb\xe4\xb8c\xf0\x9f\x91"
	fmt.Println("valid:", utf8.ValidString(s), utf8.ValidString(bad))
	for i, r := range bad {
		fmt.Printf("[%d %U %v] ", i, r, r == utf8.RuneError)
	}
	fmt.Println()
	b := []byte(bad)
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		fmt.Printf("%q(%d) ", r, size)
		b = b[size:]
	}
	fmt.Println()
	fmt.Println([]rune(bad), len([]rune(bad)))
	fmt.Printf("%q\n", string([]rune(bad)))

	for _, r := range []rune{'A', 'é', '€', '😀', -1, 0x110000, 0xD800} {
		buf := make([]byte, 4)
		n := utf8.EncodeRune(buf, r)
		fmt.Printf("%U len=%d valid=%v bytes=% x\n", r, utf8.RuneLen(r), utf8.ValidRune(r), buf[:n])
	}

	out := []byte("x=")
	out = utf8.AppendRune(out, 'ß')
	out = utf8.AppendRune(out, 0x1F600)
	fmt.Printf("%s % x\n", out, out)

	euro := []byte("€")
	for n := 0; n <= len(euro); n++ {
		fmt.Print(utf8.FullRune(euro[:n]), " ")
	}
	fmt.Println()

	for _, n := range []int{3, 4, 8, 9, 12} {
		fmt.Printf("truncate(%d) = %q\n", n, truncate(s, n))
	}

	letters, spaces, other := 0, 0, 0
	for _, r := range s {
		switch {
		case unicode.IsLetter(r):
			letters++
		case unicode.IsSpace(r):
			spaces++
		default:
			other++
		}
	}
	fmt.Println("letters", letters, "spaces", spaces, "other", other)
	fmt.Println(string(rune(65)), string(rune(0x4e16)), utf8.UTFMax, utf8.MaxRune == unicode.MaxRune)
}
