// []rune of text with broken UTF-8 bytes holds U+FFFD for each; string([]rune) turns invalid runes into U+FFFD, a nil slice into "", and a long slice whole
package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

func main() {
	broken := "ok\xff\xfe!" + string([]byte{0xe2, 0x82}) + "€"
	rs := []rune(broken)
	fmt.Println(len(rs), rs)
	for i, r := range rs {
		if r == utf8.RuneError {
			fmt.Print(i, " ")
		}
	}
	fmt.Println()

	fmt.Printf("%q\n", string([]rune{'a', -1, 0xD800, 0x110000, 'z'}))

	var none []rune
	fmt.Printf("%q %d\n", string(none), len(string(none)))

	long := make([]rune, 300000)
	for i := range long {
		long[i] = 'a' + rune(i%26)
	}
	s := string(long)
	fmt.Println(len(s), s[:5], strings.Count(s, "z"))
}
