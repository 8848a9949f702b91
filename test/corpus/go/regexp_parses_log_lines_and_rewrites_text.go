// A small log scanner: named groups pull fields out of lines, FindAll walks empty matches the
// way Go does, templates and functions rewrite text, and a bad pattern stops MustCompile.
package main

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

type entry struct {
	level string
	code  int
	msg   string
}

var lineRE = regexp.MustCompile(`^(?P<level>[A-Z]+)\s+\[(?P<code>\d{3})\]\s+(?P<msg>.*)$`)

func parse(line string) (entry, bool) {
	m := lineRE.FindStringSubmatch(line)
	if m == nil {
		return entry{}, false
	}
	code, _ := strconv.Atoi(m[lineRE.SubexpIndex("code")])
	return entry{level: m[lineRE.SubexpIndex("level")], code: code, msg: m[lineRE.SubexpIndex("msg")]}, true
}

func main() {
	logs := []string{
		"INFO  [200] served /index.html in 3ms",
		"WARN [404]   missing /favicon.ico",
		"garbage line",
		"ERROR [500] db: timeout after 30s",
	}
	for _, l := range logs {
		if e, ok := parse(l); ok {
			fmt.Printf("%-5s %d %q\n", e.level, e.code, e.msg)
		} else {
			fmt.Println("skip:", l)
		}
	}
	fmt.Println(lineRE.NumSubexp(), lineRE.SubexpNames(), lineRE.SubexpIndex("nope"))

	// Empty matches: Go skips one right after a previous match.
	stars := regexp.MustCompile(`a*`)
	fmt.Printf("%q\n", stars.FindAllString("baaacada", -1))
	fmt.Println(stars.FindAllStringIndex("baaac", -1))
	fmt.Println(stars.ReplaceAllString("baaac", "-"))
	fmt.Printf("%q\n", regexp.MustCompile(`x*`).Split("axbxxc", -1))
	fmt.Printf("%q\n", regexp.MustCompile(`,`).Split("a,b,c,d", 2))
	fmt.Printf("%q\n", regexp.MustCompile(`,`).Split("", -1))

	// Flags, anchors and classes.
	fmt.Println(regexp.MustCompile(`(?i)error|warn`).FindAllString("Error, WARN, info, eRRor", -1))
	multi := regexp.MustCompile(`(?m)^\w+:`)
	fmt.Println(multi.FindAllString("host: a\nport: 80\n  skip: no", -1))
	fmt.Println(regexp.MustCompile(`\Aab`).MatchString("abab"), regexp.MustCompile(`b\z`).MatchString("ab\n"))
	fmt.Println(regexp.MustCompile(`(?s)<.+>`).FindString("<a\nb>"), regexp.MustCompile(`<.+>`).MatchString("<a\nb>"))
	fmt.Println(regexp.MustCompile(`[[:digit:]]+|[[:upper:]]`).FindAllString("x12Yz9", -1))
	fmt.Println(regexp.MustCompile(`[^[:alpha:] ]+`).FindAllString("ab 12 c-d", -1))
	fmt.Println(regexp.MustCompile(`\p{Greek}+`).FindString("alpha is α, omega is ωΩ"))
	fmt.Println(regexp.MustCompile(`\pL+`).FindAllStringIndex("héllo wörld", -1))
	fmt.Println(regexp.MustCompile(`a(?i:b)c`).FindAllString("abc aBc ABC", -1))
	fmt.Println(regexp.MustCompile(`(?U)a+`).FindString("aaa"), regexp.MustCompile(`a{2,}?`).FindString("aaaa"))
	fmt.Println(regexp.MustCompile(`\bgo\b`).FindAllStringIndex("go gopher ago go", -1))
	fmt.Println(regexp.MustCompile(`(a)|(b)`).FindAllStringSubmatchIndex("ab", -1))

	// Templates and functions.
	swap := regexp.MustCompile(`(\w+)@(\w+)`)
	fmt.Println(swap.ReplaceAllString("ann@home bob@work", "$2:$1"))
	fmt.Println(swap.ReplaceAllString("ann@home", "$1x|${1}x|$$1|$9|$"))
	fmt.Println(swap.ReplaceAllLiteralString("ann@home", "$2"))
	double := regexp.MustCompile(`\d+`)
	fmt.Println(double.ReplaceAllStringFunc("3 apples, 12 pears", func(s string) string {
		n, _ := strconv.Atoi(s)
		return strconv.Itoa(n * 2)
	}))
	fmt.Println(string(double.ReplaceAll([]byte("a1b22"), []byte("<$0>"))))
	fmt.Printf("%q %v\n", double.Find([]byte("ab123")), double.FindIndex([]byte("ab123")))
	raw := []byte("k1=v1;k2=v2")
	pair := regexp.MustCompile(`(\w+)=(\w+)`)
	for _, sm := range pair.FindAllSubmatch(raw, -1) {
		fmt.Printf("%s:%s ", sm[1], sm[2])
	}
	fmt.Println(pair.FindAllIndex(raw, 1), pair.FindSubmatchIndex(raw), pair.FindAllSubmatchIndex(raw, -1))
	fmt.Println(regexp.QuoteMeta(`C:\path\file.txt (1)`))
	ok, err := regexp.MatchString(`^\d+$`, "2024")
	fmt.Println(ok, err, double)

	for _, bad := range []string{`a)`, `[z-a]`, `(?=x)`, `\1`, `a**`, `*a`, `[abc`, `x{1001}`, `(?P<n>a)(?P<n>b)`, `\q`} {
		_, err := regexp.Compile(bad)
		fmt.Println(strings.Repeat(" ", 2), err)
	}
	defer func() {
		fmt.Println("recovered:", recover())
		regexp.MustCompile("unclosed(")
	}()
	regexp.MustCompile(`[[:nope:]]`)
}
