// Strings: concatenation, len in bytes, byte indexing, slicing, and common
// strings.* and strconv.* functions.
package main

import (
	"fmt"
	"strconv"
	"strings"
)

func main() {
	s := "Hello" + ", " + "Gopher"
	fmt.Println(s, len(s), s[0], string(s[0]), s[7:])
	fmt.Println(strings.ToUpper(s), strings.ToLower(s))
	fmt.Println(strings.Contains(s, "Go"), strings.HasPrefix(s, "Hell"), strings.HasSuffix(s, "x"))
	fmt.Println(strings.Index(s, "o"), strings.LastIndex(s, "o"), strings.Index(s, "z"))
	fmt.Println(strings.Split("a,b,c", ","), len(strings.Split("a,b,c", ",")))
	fmt.Println(strings.Join([]string{"x", "y", "z"}, "-"))
	fmt.Printf("%q\n", strings.Fields("  lots   of\tspace  "))
	fmt.Printf("[%s]\n", strings.TrimSpace("  padded \n"))
	fmt.Println(strings.Repeat("ab", 3), strings.Replace("oink oink oink", "k", "ky", 2))
	fmt.Println(strings.ReplaceAll("a.b.c", ".", "/"), strings.Count("cheese", "e"))
	fmt.Println(strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimSuffix("file.go", ".go"))
	fmt.Println(strings.Trim("xxhixx", "x"), strings.EqualFold("Go", "GO"))

	var b strings.Builder
	for i := 3; i > 0; i-- {
		fmt.Fprintf(&b, "%d...", i)
	}
	b.WriteString("liftoff")
	fmt.Println(b.String())

	n, err := strconv.Atoi("1234")
	fmt.Println(n+1, err)
	_, err = strconv.Atoi("12a")
	fmt.Println(err)
	fmt.Println(strconv.Itoa(99) + "!")
	f, _ := strconv.ParseFloat("3.25", 64)
	fmt.Println(f * 2)
	bl, _ := strconv.ParseBool("true")
	fmt.Println(bl, strconv.Quote("say \"hi\""), strconv.FormatInt(255, 2), strconv.FormatInt(255, 16))
	i64, err := strconv.ParseInt("-42", 10, 64)
	fmt.Println(i64, err)

	count := 0
	for i := 0; i < len(s); i++ {
		if s[i] == 'o' {
			count++
		}
	}
	fmt.Println("o count:", count)
	for i, r := range "héllo" {
		fmt.Print(i, ":", string(r), " ")
	}
	fmt.Println(len("héllo"))
}
