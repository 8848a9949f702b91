// Effective Go style: a parser panics with a custom error; only a nested call recovers, then re-panics (exit 2)
package main

import (
	"fmt"
	"strings"
)

type ParseError struct {
	Line int
	Msg  string
}

func (e *ParseError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

func parseLine(n int, line string) (key, val string) {
	k, v, ok := strings.Cut(line, "=")
	if !ok {
		panic(&ParseError{n, fmt.Sprintf("missing '=' in %q", line)})
	}
	return strings.TrimSpace(k), strings.TrimSpace(v)
}

func parseAll(text string) (m map[string]string) {
	defer func() {
		if r := recover(); r != nil {
			if pe, ok := r.(*ParseError); ok {
				fmt.Println("parse failed at line", pe.Line)
			}
			panic(r) // re-panic: this caller cannot continue
		}
	}()
	m = make(map[string]string)
	for i, line := range strings.Split(text, "\n") {
		k, v := parseLine(i+1, line)
		m[k] = v
	}
	return m
}

func main() {
	good := parseAll("a = 1\nb = 2")
	fmt.Println(good["a"], good["b"], len(good))
	parseAll("x = 1\ny: 2\nz = 3")
	fmt.Println("unreachable")
}
