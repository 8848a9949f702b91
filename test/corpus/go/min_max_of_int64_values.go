// The min and max builtins on int64 and uint64 values, mixed with untyped constants.
package main

import "fmt"

type Bytes int64

func main() {
	var used, peak int64
	for _, delta := range []int64{4, 3, -5, 6, -8, 9223372036854775000} {
		used += delta
		peak = max(peak, used)
	}
	fmt.Println(used, peak)

	low := min(used, 0, -42)
	fmt.Println(low, max(low, -1<<63), min(int64(7), 3))

	var a, b uint64 = 1 << 63, 18446744073709551615
	fmt.Println(max(a, b), min(a, b, 10), max(a, 3))

	sizes := []Bytes{512, 1 << 40, 77}
	biggest, smallest := sizes[0], sizes[0]
	for _, s := range sizes[1:] {
		biggest, smallest = max(biggest, s), min(smallest, s)
	}
	fmt.Printf("%d %d %T\n", biggest, smallest, biggest)

	n := 5
	fmt.Println(max(n, 2, 9), min(2.5, float64(n)))
}
