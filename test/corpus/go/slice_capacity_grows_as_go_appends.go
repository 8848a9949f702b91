// How append grows a slice's capacity: the Tour of Go's printSlice, then slices of strings,
// structs and a preallocated buffer, printing len and cap as they grow.
package main

import "fmt"

type Point struct {
	X, Y  int
	Label string
}

func printSlice(s []int) {
	fmt.Printf("len=%d cap=%d %v\n", len(s), cap(s), s)
}

func main() {
	var s []int
	printSlice(s)

	// append works on nil slices.
	s = append(s, 0)
	printSlice(s)

	// The slice grows as needed.
	s = append(s, 1)
	printSlice(s)

	// We can add more than one element at a time.
	s = append(s, 2, 3, 4)
	printSlice(s)

	primes := []int{2, 3, 5}
	primes = append(primes, 7)
	fmt.Println("primes:", len(primes), cap(primes))

	var words []string
	lastCap := -1
	for i := 0; i < 2000; i++ {
		words = append(words, "go")
		if cap(words) != lastCap {
			lastCap = cap(words)
			fmt.Printf("%d:%d ", len(words), lastCap)
		}
	}
	fmt.Println()

	var points []Point
	for i := 0; i < 30; i++ {
		points = append(points, Point{X: i, Y: i * i})
	}
	fmt.Println("points:", len(points), cap(points))

	buf := make([]int, 0, 5)
	for i := 0; i < 12; i++ {
		buf = append(buf, i)
	}
	fmt.Println("buf:", len(buf), cap(buf))

	var flags []bool
	for i := 0; i < 100; i++ {
		flags = append(flags, i%2 == 0)
	}
	fmt.Println("flags:", len(flags), cap(flags))

	evens := []int{0, 2, 4, 6}
	evens = append(evens, evens...)
	fmt.Println("evens:", len(evens), cap(evens))
}
