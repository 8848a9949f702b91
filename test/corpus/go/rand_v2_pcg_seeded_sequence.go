// math/rand/v2 with a seeded PCG gives Go's exact sequence: the same seeds print the same
// numbers in Go and in the translation (IntN, Int32N, Uint32, Float64, Float32, Perm, Shuffle);
// the top-level functions stay random and are only checked for their ranges.
package main

import (
	"fmt"
	"math/rand/v2"
	"time"
)

func main() {
	r := rand.New(rand.NewPCG(42, 1024))
	for i := 0; i < 5; i++ {
		fmt.Print(r.IntN(100), " ")
	}
	fmt.Println()
	fmt.Println(r.IntN(1<<20), r.Int32N(7), r.Uint32(), r.UintN(3))
	fmt.Println(r.Float64(), float64(r.Float32()))
	fmt.Println(r.Perm(8))
	deck := []string{"A", "2", "3", "4", "5", "6"}
	r.Shuffle(len(deck), func(i, j int) { deck[i], deck[j] = deck[j], deck[i] })
	fmt.Println(deck)

	again := rand.New(rand.NewPCG(42, 1024))
	fmt.Println("same seeds, same first draw:", again.IntN(100) == rand.New(rand.NewPCG(42, 1024)).IntN(100))

	d := rand.N(10 * time.Second)
	n := rand.IntN(6) + 1
	fmt.Println(d >= 0 && d < 10*time.Second, n >= 1 && n <= 6)
}
