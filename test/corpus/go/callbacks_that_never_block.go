// Callbacks that never block stay plain functions, even in a program whose other function
// values block: a sort.Slice less function and a String method that call function values,
// which the runtime calls without waiting, as Go does.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type label struct {
	text   string
	format func(string) string
}

func (l label) String() string { return l.format(l.text) }

func main() {
	results := make(chan string)
	worker := func(name string) {
		results <- strings.ToUpper(name)
	}
	go worker("ada")
	fmt.Println(<-results)

	byLength := func(a, b string) bool { return len(a) < len(b) }
	names := []string{"grace", "ada", "barbara"}
	sort.Slice(names, func(i, j int) bool { return byLength(names[i], names[j]) })
	fmt.Println(names)

	shout := label{text: "done", format: func(s string) string { return s + "!" }}
	fmt.Println(shout)
	fmt.Printf("%v and %s\n", shout, shout)
}
