// A logger that forwards its ...any arguments to fmt's printing functions with args...
package main

import (
	"fmt"
	"os"
	"strings"
)

type logger struct {
	prefix string
	lines  []string
}

func (l *logger) logf(format string, args ...any) {
	l.lines = append(l.lines, l.prefix+fmt.Sprintf(format, args...))
}

func (l *logger) log(args ...any) {
	l.lines = append(l.lines, l.prefix+fmt.Sprint(args...))
}

func printAll(args ...any) {
	fmt.Println(args...)
	fmt.Printf("%v|%v\n", args...)
	fmt.Fprintln(os.Stdout, args...)
}

func main() {
	l := &logger{prefix: "> "}
	l.logf("%s has %d items", "cart", 3)
	l.logf("no arguments")
	l.log("a", 1, 2, "b")
	fmt.Println(strings.Join(l.lines, "\n"))
	printAll("x", 42)
	rest := []any{true, 2.5}
	printAll(rest...)
}
