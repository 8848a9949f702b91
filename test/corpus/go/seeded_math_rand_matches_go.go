// math/rand with a fixed seed gives Go's own sequence: Intn, Int31n, Int63n, Float64, Perm, Shuffle, Seed.
package main

import (
	"fmt"
	"math/rand"
)

func main() {
	r := rand.New(rand.NewSource(7))
	for i := 0; i < 5; i++ {
		fmt.Print(r.Intn(1000), " ")
	}
	fmt.Println()
	fmt.Println(r.Int31n(50), r.Int63n(1_000_000_007), r.Int31(), r.Uint32(), r.Intn(64))
	fmt.Printf("%.6f %.6f\n", r.Float64(), r.Float32())
	fmt.Println(r.Perm(8))
	words := []string{"a", "b", "c", "d", "e", "f", "g"}
	r.Shuffle(len(words), func(i, j int) { words[i], words[j] = words[j], words[i] })
	fmt.Println(words)
	fmt.Println(r.Int63()%2 >= 0, r.Intn(1<<40) < 1<<40)

	neg := rand.New(rand.NewSource(-3))
	zero := rand.New(rand.NewSource(0))
	fmt.Println(neg.Intn(100), zero.Intn(100))

	rand.Seed(99)
	fmt.Println(rand.Intn(10), rand.Intn(10), rand.Intn(10))
	r.Seed(7)
	fmt.Println(r.Intn(1000))
}
