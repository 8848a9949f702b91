// strings.Builder (WriteString, WriteByte, WriteRune, Fprintf into it, Len, Reset) and the
// strings functions tutorials reach for: Fields, Split, Join, Repeat, Replace, Title, Map,
// Trim*, Index*, Cut, EqualFold, NewReplacer.
package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	var sb strings.Builder
	for i := 3; i > 0; i-- {
		fmt.Fprintf(&sb, "%d...", i)
	}
	sb.WriteString("liftoff")
	sb.WriteByte('!')
	sb.WriteRune('🚀')
	fmt.Println(sb.String(), sb.Len())
	sb.Reset()
	sb.WriteString("again")
	fmt.Println(sb.String(), sb.Len())

	words := strings.Fields("  the quick  brown fox ")
	fmt.Println(len(words), strings.Join(words, "_"), strings.Title("hello wide world"))
	fmt.Println(strings.Split("a,b,,c", ","), strings.SplitN("k=v=w", "=", 2), strings.Repeat("=", 5))
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2), strings.ReplaceAll("oink oink", "oink", "moo"))
	fmt.Println(strings.ToUpper("gopher"), strings.ToLower("GoPher"), strings.TrimSpace("\t pad \n"))
	fmt.Println(strings.Trim("xxhixx", "x"), strings.TrimLeft("xxhi", "x"), strings.TrimPrefix("go.mod", "go."), strings.TrimSuffix("a.go", ".go"))
	fmt.Println(strings.Index("chicken", "ken"), strings.LastIndex("go gopher", "go"), strings.IndexByte("golang", 'l'), strings.IndexRune("chicken", 'k'))
	fmt.Println(strings.Contains("seafood", "foo"), strings.ContainsAny("failure", "ui"), strings.HasPrefix("golang", "go"), strings.HasSuffix("golang", "ng"))
	fmt.Println(strings.Count("cheese", "e"), strings.Count("five", ""), strings.EqualFold("Gopher", "GOPHER"))
	before, after, found := strings.Cut("user@example.com", "@")
	fmt.Println(before, after, found)
	rot13 := func(r rune) rune {
		if r >= 'a' && r <= 'z' {
			return 'a' + (r-'a'+13)%26
		}
		return r
	}
	fmt.Println(strings.Map(rot13, "hello"), strings.FieldsFunc("a1b2c3", unicode.IsDigit))
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;")
	fmt.Println(r.Replace("<b>bold</b>"))
}
