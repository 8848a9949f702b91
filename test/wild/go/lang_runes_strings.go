// Go blog "Strings, bytes, runes" style: ranging over UTF-8, byte vs rune length, unicode classes
package main

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func main() {
	const nihongo = "日本語"
	for index, runeValue := range nihongo {
		fmt.Printf("%#U starts at byte position %d\n", runeValue, index)
	}
	fmt.Println(len(nihongo), utf8.RuneCountInString(nihongo))

	s := "héllo, wörld! 123"
	var letters, digits, spaces, punct, upper int
	for _, r := range s {
		switch {
		case unicode.IsLetter(r):
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		case unicode.IsDigit(r):
			digits++
		case unicode.IsSpace(r):
			spaces++
		case unicode.IsPunct(r):
			punct++
		}
	}
	fmt.Println(letters, digits, spaces, punct, upper)
	fmt.Println(reverse(s))

	b := []byte("abc")
	b[0] = 'X'
	fmt.Println(string(b), b)
	fmt.Printf("% x\n", "⌘")
	fmt.Printf("%q %+q\n", '⌘', '⌘')
	bad := string([]byte{0xff, 'a'})
	for _, r := range bad {
		fmt.Printf("%U ", r)
	}
	fmt.Println(utf8.ValidString(bad))
	fmt.Println(string(rune(65)), string(rune(0x4e16)), unicode.ToUpper('ß'), unicode.ToTitle('ǆ'))
	r, size := utf8.DecodeRuneInString("€uro")
	fmt.Println(string(r), size)
	fmt.Println(s[1:3] == "é", s[1])
}
