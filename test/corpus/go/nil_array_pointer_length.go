// A pointer to an array has the array's length, even when nil; ranging over its indices needs no array.
package main

import "fmt"

type Week [7]string

func fill(w *Week) {
	for i := range w {
		w[i] = fmt.Sprint("day", i)
	}
}

func main() {
	var none *[4]int
	total := 0
	for i := range none {
		total += i
	}
	fmt.Println(total, len(none), cap(none))
	var w Week
	fill(&w)
	fmt.Println(len(w), w[0], w[6])
	p := &w
	for i, d := range p {
		if i == 3 {
			fmt.Println(i, d)
		}
	}
}
