// Blog style: building text with strings.Builder, Fprintf, Repeat and a table layout
package main

import (
	"fmt"
	"strings"
)

type row struct {
	name  string
	qty   int
	price float64
}

func table(rows []row) string {
	var b strings.Builder
	b.Grow(256)
	fmt.Fprintf(&b, "%-10s %5s %8s\n", "item", "qty", "total")
	b.WriteString(strings.Repeat("-", 25))
	b.WriteByte('\n')
	var grand float64
	for _, r := range rows {
		t := float64(r.qty) * r.price
		grand += t
		fmt.Fprintf(&b, "%-10s %5d %8.2f\n", r.name, r.qty, t)
	}
	b.WriteString(strings.Repeat("=", 25) + "\n")
	fmt.Fprintf(&b, "%-10s %5s %8.2f", "TOTAL", "", grand)
	return b.String()
}

func main() {
	fmt.Println(table([]row{{"widget", 3, 2.50}, {"gadget", 1, 19.99}, {"gizmo", 12, 0.75}}))

	var sb strings.Builder
	for i := 3; i > 0; i-- {
		fmt.Fprintf(&sb, "%d...", i)
	}
	sb.WriteRune('🚀')
	fmt.Println(sb.String(), sb.Len())

	r := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;")
	fmt.Println(r.Replace("a < b && c > d"))
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'a' {
			return 'A'
		}
		if r == ' ' {
			return -1
		}
		return r
	}, "a banana split"))
	before, after, found := strings.Cut("user@example.com", "@")
	fmt.Println(before, after, found)
	fmt.Println(strings.EqualFold("Gopher", "GOPHER"), strings.ContainsAny("chan", "xyz"), strings.ContainsRune("chan", 'h'))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Println(strings.TrimLeft("xxhixx", "x"), strings.TrimSuffix("file.go", ".go"), strings.LastIndex("go gopher", "go"))
}
