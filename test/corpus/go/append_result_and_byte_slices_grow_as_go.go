// Capacity, as the Go blog's "slices" article explores it: a []byte grown by append, and the
// result of append kept in a new variable.
package main

import "fmt"

func main() {
	var buf []byte
	for i := 0; i < 20; i++ {
		buf = append(buf, byte('a'+i))
		if i%4 == 0 {
			fmt.Printf("len=%d cap=%d\n", len(buf), cap(buf))
		}
	}

	var greeting []byte
	greeting = append(greeting, "hi, gopher"...)
	fmt.Println(string(greeting), len(greeting), cap(greeting))

	primes := []int{2, 3, 5}
	more := append(primes, 7)
	evenMore := append(more, 11, 13, 17)
	fmt.Println(len(more), cap(more), len(evenMore), cap(evenMore), cap(primes))
	more[0] = 1
	fmt.Println(primes[0], more[0], evenMore[0])

	// With room to spare, append writes into the same backing array.
	base := make([]int, 3, 10)
	left := append(base, 100)
	right := append(base, 200)
	fmt.Println(left[3], right[3], cap(left), cap(right))

	words := append([]string(nil), "go", "is", "fun")
	fmt.Println(words, len(words), cap(words))
}
