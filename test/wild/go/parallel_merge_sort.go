// StackOverflow answer style: parallel merge sort, halves sorted in goroutines, results via channels
package main

import (
	"fmt"
	"math/rand"
	"slices"
)

func merge(a, b []int) []int {
	out := make([]int, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		if a[i] <= b[j] {
			out = append(out, a[i])
			i++
		} else {
			out = append(out, b[j])
			j++
		}
	}
	out = append(out, a[i:]...)
	return append(out, b[j:]...)
}

func mergeSort(s []int, depth int) []int {
	if len(s) <= 1 {
		return s
	}
	mid := len(s) / 2
	if depth <= 0 {
		return merge(mergeSort(s[:mid], 0), mergeSort(s[mid:], 0))
	}
	left := make(chan []int)
	right := make(chan []int)
	go func() { left <- mergeSort(s[:mid], depth-1) }()
	go func() { right <- mergeSort(s[mid:], depth-1) }()
	return merge(<-left, <-right)
}

func main() {
	r := rand.New(rand.NewSource(42))
	data := make([]int, 5000)
	for i := range data {
		data[i] = r.Intn(100000)
	}
	orig := slices.Clone(data)
	sorted := mergeSort(data, 4)
	fmt.Println("len:", len(sorted))
	fmt.Println("sorted:", slices.IsSorted(sorted))
	fmt.Println("input untouched:", slices.Equal(orig, data))
	fmt.Println("first five:", sorted[:5])
	fmt.Println("last five:", sorted[len(sorted)-5:])
	slices.Sort(orig)
	fmt.Println("matches slices.Sort:", slices.Equal(orig, sorted))
	fmt.Println(mergeSort([]int{5, 2, 9, 1, 5, 6}, 2))
}
