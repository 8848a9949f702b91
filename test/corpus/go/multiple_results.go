// Functions with multiple results, named results and naked returns, variadic parameters,
// functions as values, and results passed straight into another call.
package main

import (
	"fmt"
	"strings"
)

func divmod(a, b int) (int, int) {
	return a / b, a % b
}

func stats(nums ...int) (count, sum int, mean float64) {
	count = len(nums)
	for _, n := range nums {
		sum += n
	}
	if count == 0 {
		return
	}
	mean = float64(sum) / float64(count)
	return
}

func splitName(full string) (first, last string, ok bool) {
	parts := strings.SplitN(full, " ", 2)
	if len(parts) != 2 {
		return full, "", false
	}
	return parts[0], parts[1], true
}

func apply(f func(int, int) int, a, b int) int { return f(a, b) }

func printPair(q, r int) {
	fmt.Printf("q=%d r=%d\n", q, r)
}

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	printPair(divmod(-17, 5))
	fmt.Println(divmod(100, 7))

	fmt.Println(stats(3, 4, 5, 8))
	fmt.Println(stats())
	values := []int{10, 20}
	c, s, m := stats(values...)
	fmt.Printf("%d %d %.1f\n", c, s, m)

	first, last, ok := splitName("Ada Lovelace")
	fmt.Println(first, last, ok)
	_, _, ok = splitName("Plato")
	fmt.Println("one word ok:", ok)

	mul := func(a, b int) int { return a * b }
	ops := map[string]func(int, int) int{
		"add": func(a, b int) int { return a + b },
		"mul": mul,
	}
	fmt.Println(apply(ops["add"], 6, 7), apply(ops["mul"], 6, 7))
	var nothing func()
	fmt.Println("nil func:", nothing == nil)
}
