// Go by Example style: math/rand with a fixed seed, so the sequence repeats
package main

import (
	"fmt"
	"math/rand"
)

func main() {
	r := rand.New(rand.NewSource(42))
	fmt.Print(r.Intn(100), ",")
	fmt.Print(r.Intn(100))
	fmt.Println()

	r2 := rand.New(rand.NewSource(42))
	fmt.Print(r2.Intn(100), ",")
	fmt.Print(r2.Intn(100))
	fmt.Println()

	fmt.Println(r.Int63())
	fmt.Printf("%.4f\n", r.Float64())
	fmt.Println(r.Perm(6))

	deck := []string{"A", "K", "Q", "J", "10", "9"}
	r.Shuffle(len(deck), func(i, j int) { deck[i], deck[j] = deck[j], deck[i] })
	fmt.Println(deck)

	// rolling dice: counts per face
	counts := make([]int, 7)
	for i := 0; i < 600; i++ {
		counts[r.Intn(6)+1]++
	}
	fmt.Println(counts[1:])
}
