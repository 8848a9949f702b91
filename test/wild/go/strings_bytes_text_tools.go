// Go by Example "string functions" style: small text tools with strings, bytes and unicode - word wrap, title case, caesar via strings.Map, rune reversal, Cut/Fields/EqualFold, a goto loop
package main

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

func wrap(text string, width int) []string {
	var lines []string
	var line strings.Builder
	for _, w := range strings.Fields(text) {
		if line.Len() > 0 && line.Len()+1+len(w) > width {
			lines = append(lines, line.String())
			line.Reset()
		}
		if line.Len() > 0 {
			line.WriteByte(' ')
		}
		line.WriteString(w)
	}
	if line.Len() > 0 {
		lines = append(lines, line.String())
	}
	return lines
}

func title(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		r, size := utf8.DecodeRuneInString(w)
		words[i] = string(unicode.ToUpper(r)) + strings.ToLower(w[size:])
	}
	return strings.Join(words, " ")
}

func caesar(shift rune) func(rune) rune {
	return func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+shift+26)%26
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+shift+26)%26
		case unicode.IsDigit(r):
			return -1 // drop digits
		}
		return r
	}
}

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

// normalizeNumber strips a sign and leading zeros the way old hand-written
// parsers do, with goto instead of a loop.
func normalizeNumber(s string) string {
	neg := false
	i := 0
	if i < len(s) && (s[i] == '-' || s[i] == '+') {
		neg = s[i] == '-'
		i++
	}
skip:
	if i < len(s)-1 && s[i] == '0' {
		i++
		goto skip
	}
	if neg {
		return "-" + s[i:]
	}
	return s[i:]
}

func main() {
	text := "Go is an open source programming language that makes it simple to build secure, scalable systems."
	for i, l := range wrap(text, 24) {
		fmt.Printf("%2d |%-24s|\n", i, l)
	}
	fmt.Println(title("hELLO wORLD from ünïcode land"))
	enc := strings.Map(caesar(3), "Attack at Dawn 0600!")
	fmt.Println(enc, "->", strings.Map(caesar(-3), enc))
	s := "héllo, 世界"
	fmt.Println(reverse(s), len(s), utf8.RuneCountInString(s), strings.IndexRune(s, '世'), strings.IndexByte(s, ','))

	k, v, found := strings.Cut("user=gopher=admin", "=")
	fmt.Printf("%q %q %t\n", k, v, found)
	before, ok := strings.CutPrefix("v1.23.4", "v")
	after, ok2 := strings.CutSuffix("main.go", ".rs")
	fmt.Println(before, ok, after, ok2)
	fmt.Println(strings.EqualFold("Straße", "STRASSE"), strings.EqualFold("Gopher", "gOPHER"))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))
	fmt.Printf("%q\n", strings.FieldsFunc("one;two,,three; four", func(r rune) bool { return r == ';' || r == ',' || r == ' ' }))
	fmt.Println(strings.Count("cheese", "e"), strings.Count("five", ""), strings.LastIndex("go gopher", "go"))
	fmt.Println(strings.TrimLeft("xxhixx", "x"), strings.TrimSuffix("file.tar.gz", ".gz"), strings.TrimFunc("123abc456", unicode.IsDigit))
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;")
	fmt.Println(r.Replace("<a href=\"x&y\">"))
	fmt.Println(strings.ContainsAny("hello", "xyz"), strings.ContainsRune("hello", 'l'), strings.HasPrefix("golang", "go"))

	var buf bytes.Buffer
	buf.WriteString("header:")
	buf.WriteByte(' ')
	buf.Write([]byte("value"))
	buf.WriteRune('✓')
	fmt.Println(buf.String(), buf.Len())
	line, err := buf.ReadString(':')
	fmt.Printf("%q %v rest=%q\n", line, err, buf.String())
	b := []byte("  Mixed Case Bytes  ")
	fmt.Printf("%q %q %t\n", bytes.TrimSpace(b), bytes.ToUpper(b), bytes.Contains(b, []byte("Case")))
	fmt.Println(bytes.Equal([]byte("a"), []byte("a")), bytes.Compare([]byte("a"), []byte("b")), strings.Compare("b", "a"))
	counts := map[string]int{}
	for _, r := range "Hello, Wörld 42!" {
		switch {
		case unicode.IsUpper(r):
			counts["upper"]++
		case unicode.IsLower(r):
			counts["lower"]++
		case unicode.IsDigit(r):
			counts["digit"]++
		case unicode.IsSpace(r):
			counts["space"]++
		case unicode.IsPunct(r):
			counts["punct"]++
		}
	}
	fmt.Println(counts)
	for _, n := range []string{"007", "-000120", "+0", "0000", "42"} {
		fmt.Printf("%-8q -> %q\n", n, normalizeNumber(n))
	}
}
