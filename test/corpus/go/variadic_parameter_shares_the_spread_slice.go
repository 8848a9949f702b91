// A variadic parameter is the slice passed with `xs...`: writes go through to the caller's slice, and nil stays nil.
package main

import (
	"fmt"
	"strings"
)

func normalize(words ...string) {
	for i, w := range words {
		words[i] = strings.ToLower(strings.TrimSpace(w))
	}
}

func describe(label string, nums ...int) {
	fmt.Printf("%-8s len=%d nil=%t %v\n", label, len(nums), nums == nil, nums)
}

type Histogram struct{ buckets []int }

func (h *Histogram) Add(values ...int) {
	for i := range values {
		values[i] *= 10
	}
	h.buckets = append(h.buckets, values...)
}

func Scale[T int | float64](factor T, xs ...T) []T {
	for i := range xs {
		xs[i] *= factor
	}
	return xs
}

func main() {
	names := []string{"  Alice", "BOB ", " Carol "}
	normalize(names...)
	fmt.Printf("%q\n", names)
	normalize(names[1:]...)
	normalize("  X  ", names[0])
	fmt.Printf("%q\n", names)

	describe("none")
	describe("two", 1, 2)
	describe("empty", []int{}...)
	var nothing []int
	describe("nil", nothing...)
	describe("made", make([]int, 0, 4)...)

	readings := []int{1, 2, 3}
	var h Histogram
	h.Add(readings...)
	h.Add(4, 5)
	fmt.Println(readings, h.buckets)

	window := []float64{1.5, 2, 4}
	scaled := Scale(2, window[:2]...)
	fmt.Println(window, scaled, len(scaled), cap(scaled))
	fmt.Println(Scale(3, 1, 2))

}
