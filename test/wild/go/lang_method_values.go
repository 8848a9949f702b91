// Spec/tutorial style: method values bound at evaluation, method expressions, methods passed as funcs
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Counter struct {
	name string
	n    int
}

func (c *Counter) Inc()          { c.n++ }
func (c Counter) Report() string { return fmt.Sprintf("%s=%d", c.name, c.n) }

type Temp float64

func (t Temp) Fahrenheit() float64 { return float64(t)*9/5 + 32 }

func applyN(n int, f func()) {
	for i := 0; i < n; i++ {
		f()
	}
}

func mapStrings(xs []string, f func(string) string) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func main() {
	c := &Counter{name: "clicks"}
	inc := c.Inc // bound to the pointer
	applyN(3, inc)
	fmt.Println(c.Report())

	report := c.Report // receiver value copied now
	c.Inc()
	fmt.Println("bound earlier:", report(), "now:", c.Report())

	// method expressions take the receiver as the first argument
	incExpr := (*Counter).Inc
	incExpr(c)
	reportExpr := Counter.Report
	fmt.Println("expr:", reportExpr(*c))

	temps := []Temp{0, 37, 100}
	convs := make([]func() float64, 0, len(temps))
	for _, t := range temps {
		convs = append(convs, t.Fahrenheit)
	}
	for i, f := range convs {
		fmt.Printf("%.0fC = %.1fF\n", float64(temps[i]), f())
	}

	r := strings.NewReplacer("a", "4", "e", "3")
	fmt.Println(mapStrings([]string{"hello", "gopher"}, r.Replace))
	fmt.Println(mapStrings([]string{"Go", "Vet"}, strings.ToLower))

	var sb strings.Builder
	write := sb.WriteString
	for _, w := range []string{"method", "-", "value"} {
		write(w)
	}
	fmt.Println(sb.String(), sb.Len())

	words := byLen{"ccc", "a", "bb", "dddd"}
	less := words.Less
	fmt.Println("less(1,0):", less(1, 0))
	sort.Sort(words)
	fmt.Println(words)

	handlers := map[string]func(){"inc": c.Inc}
	handlers["inc"]()
	fmt.Println(c.Report())
}
