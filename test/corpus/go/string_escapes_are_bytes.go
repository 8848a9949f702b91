// "\x.." and octal escapes in a Go string are single bytes, even where they are not UTF-8; len, indexing, []byte and string(b) see those bytes.
package main

import "fmt"

func main() {
	raw := "\xff\x41\101"
	fmt.Println(len(raw), raw[0], raw[1], raw[2], []byte(raw))
	utf := "\xc3\xa9t\xc3\xa9"
	fmt.Println(len(utf), utf, []rune(utf))
	for i, r := range "a\xffb" {
		fmt.Print(i, ":", r, " ")
	}
	fmt.Println()
	b := []byte{0x68, 0x69, 0xfe}
	s := string(b)
	fmt.Println(len(s), s[:2], s[2])
	word := "héllo"
	fmt.Println(len(word[:2]), []byte(word[:2]))
}
