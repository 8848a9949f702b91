// Go by Example/StackOverflow style: strings.Split vs SplitN/SplitAfter/Fields/FieldsFunc edge cases, Join, Map dropping runes, Count/Index on multi-byte text, Trim vs TrimPrefix
package main

import (
	"fmt"
	"strings"
	"unicode"
)

func show(label string, parts []string) {
	fmt.Printf("%-28s len=%d %q\n", label, len(parts), parts)
}

func main() {
	show(`Split("a,b,,c", ",")`, strings.Split("a,b,,c", ","))
	show(`Split("", ",")`, strings.Split("", ","))
	show(`Split("abc", "")`, strings.Split("abc", ""))
	show(`Split(",x,", ",")`, strings.Split(",x,", ","))
	show(`SplitN("a:b:c:d", ":", 2)`, strings.SplitN("a:b:c:d", ":", 2))
	show(`SplitN("a:b", ":", 0)`, strings.SplitN("a:b", ":", 0))
	show(`SplitN("a:b:c", ":", -1)`, strings.SplitN("a:b:c", ":", -1))
	show(`SplitAfter("1.2.3", ".")`, strings.SplitAfter("1.2.3", "."))
	show(`Fields("  lots   of\tspace\n ")`, strings.Fields("  lots   of\tspace\n "))
	show(`Fields("   ")`, strings.Fields("   "))
	show(`FieldsFunc(path)`, strings.FieldsFunc("/usr//local/bin/", func(r rune) bool { return r == '/' }))
	show(`Split("héllo wörld", "ö")`, strings.Split("héllo wörld", "ö"))
	show(`Split("日本語", "")`, strings.Split("日本語", ""))

	csv := "name=ada; age = 36 ;lang= go ;;"
	kv := map[string]string{}
	for _, part := range strings.Split(csv, ";") {
		k, v, found := strings.Cut(part, "=")
		if !found {
			continue
		}
		kv[strings.TrimSpace(k)] = strings.TrimSpace(v)
	}
	fmt.Println("parsed:", kv)

	words := []string{"go", "", "gopher", "!"}
	fmt.Printf("Join: %q %q %q\n", strings.Join(words, "-"), strings.Join(nil, ","), strings.Join([]string{"solo"}, ","))

	noVowels := strings.Map(func(r rune) rune {
		if strings.ContainsRune("aeiouAEIOU", r) {
			return -1
		}
		return unicode.ToUpper(r)
	}, "Concurrency is not parallelism")
	fmt.Println("Map:", noVowels)
	rot := strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+13)%26
		case r == 'é':
			return 'e'
		}
		return r
	}, "café hello")
	fmt.Println("rot13-ish:", rot)

	s := "naïve café ☕ naïve"
	fmt.Println("bytes:", len(s), "runes:", strings.Count(s, "")-1, "naïve:", strings.Count(s, "naïve"))
	fmt.Println("Index ☕:", strings.Index(s, "☕"), "IndexRune é:", strings.IndexRune(s, 'é'), "LastIndex naïve:", strings.LastIndex(s, "naïve"))
	fmt.Println("IndexByte missing:", strings.IndexByte(s, 'z'), "IndexAny:", strings.IndexAny(s, "xyzé"))
	fmt.Println("Count(\"cheese\",\"e\"):", strings.Count("cheese", "e"), "Count(\"aaaa\",\"aa\"):", strings.Count("aaaa", "aa"))

	fmt.Printf("TrimLeft:   %q\n", strings.TrimLeft("xxyxhello", "xy"))
	fmt.Printf("TrimPrefix: %q\n", strings.TrimPrefix("xxyxhello", "xy"))
	fmt.Printf("TrimPrefix: %q\n", strings.TrimPrefix("xyxhello", "xy"))
	fmt.Printf("TrimRight:  %q\n", strings.TrimRight("report.txt.txt", ".txt"))
	fmt.Printf("TrimSuffix: %q\n", strings.TrimSuffix("report.txt.txt", ".txt"))
	fmt.Printf("TrimFunc:   %q\n", strings.TrimFunc("123abc456", unicode.IsDigit))
	fmt.Printf("Title-ish:  %q\n", titleWords("the go programming LANGUAGE"))
	fmt.Printf("EqualFold:  %t %t\n", strings.EqualFold("Straße", "STRASSE"), strings.EqualFold("Gopher", "gOPHER"))
	fmt.Printf("Repeat/Replace: %q %q\n", strings.Repeat("ab", 3), strings.Replace("oink oink oink", "oink", "moo", 2))
	fmt.Printf("ReplaceAll empty old: %q\n", strings.ReplaceAll("abc", "", "-"))
	fmt.Printf("HasPrefix/Suffix: %t %t\n", strings.HasPrefix("golang", "go"), strings.HasSuffix("golang", "ng"))
}

func titleWords(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		rs := []rune(strings.ToLower(w))
		rs[0] = unicode.ToUpper(rs[0])
		words[i] = string(rs)
	}
	return strings.Join(words, " ")
}
