// Go by Example style "regular expressions": MatchString, Find/FindAll with indexes and submatches, named groups, ReplaceAllString with $1, ReplaceAllStringFunc, Split, a compile error
package main

import (
	"fmt"
	"regexp"
	"strings"
)

func main() {
	ok, _ := regexp.MatchString("p([a-z]+)ch", "peach")
	fmt.Println(ok)

	r := regexp.MustCompile("p([a-z]+)ch")
	text := "peach punch pinch"
	fmt.Println(r.MatchString("peach"))
	fmt.Println(r.FindString(text))
	fmt.Println("idx:", r.FindStringIndex(text))
	fmt.Println(r.FindStringSubmatch(text))
	fmt.Println(r.FindStringSubmatchIndex(text))
	fmt.Println(r.FindAllString(text, -1))
	fmt.Println(r.FindAllStringSubmatchIndex(text, -1))
	fmt.Println(r.FindAllString(text, 2))
	fmt.Println(r.Match([]byte("peach")))
	fmt.Println("regexp:", r)
	fmt.Println(r.ReplaceAllString("a peach", "<fruit>"))
	fmt.Println(string(r.ReplaceAllFunc([]byte("a peach"), func(b []byte) []byte {
		return []byte(strings.ToUpper(string(b)))
	})))

	date := regexp.MustCompile(`(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})`)
	m := date.FindStringSubmatch("released on 2023-08-08, patched 2024-02-06")
	for i, name := range date.SubexpNames() {
		if name != "" {
			fmt.Printf("%s=%s ", name, m[i])
		}
	}
	fmt.Println()
	fmt.Println(date.ReplaceAllString("2023-08-08 and 2024-02-06", "$day/$month/$year"))
	fmt.Println(date.ReplaceAllString("2023-08-08", "${month}x"))
	fmt.Println(date.NumSubexp(), date.SubexpIndex("month"))

	words := regexp.MustCompile(`\s*[,;]\s*`)
	fmt.Printf("%q\n", words.Split("a , b;c ;; d", -1))

	kv := regexp.MustCompile(`(\w+)=("[^"]*"|\S+)`)
	for _, sm := range kv.FindAllStringSubmatch(`name="big cat" age=7 tag=x`, -1) {
		fmt.Printf("%s -> %s\n", sm[1], strings.Trim(sm[2], `"`))
	}

	camel := regexp.MustCompile(`[A-Z]`)
	fmt.Println(camel.ReplaceAllStringFunc("parseHTTPRequestLine", func(s string) string {
		return "_" + strings.ToLower(s)
	}))

	greedy := regexp.MustCompile(`<.+>`)
	lazy := regexp.MustCompile(`<.+?>`)
	fmt.Println(greedy.FindString("<a><b>"), lazy.FindString("<a><b>"))
	fmt.Println(regexp.QuoteMeta("1.5+2*[x]"))

	_, err := regexp.Compile(`a(b`)
	fmt.Println("error:", err)
	_, err = regexp.Compile(`x{2,1}`)
	fmt.Println("error:", err)
}
