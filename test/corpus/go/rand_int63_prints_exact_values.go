// Seeded math/rand generators: Int63 and Int63n give 63-bit values, printed exactly as Go
// prints them, and a random ID is built from them.
package main

import (
	"fmt"
	"math/rand"
	"strconv"
)

func randomID(r *rand.Rand) string {
	return strconv.FormatInt(r.Int63(), 36)
}

func main() {
	r := rand.New(rand.NewSource(2024))
	for i := 0; i < 4; i++ {
		fmt.Println(r.Int63())
	}
	fmt.Println(r.Int63n(1_000_000_000_000_000_000), r.Int63n(10))

	var sum int64
	for i := 0; i < 3; i++ {
		sum += r.Int63() % 1000
	}
	fmt.Println("sum of three:", sum)

	fmt.Println("id:", randomID(r), "id:", randomID(r))

	rand.Seed(7)
	n := rand.Int63()
	fmt.Printf("%d %x %v\n", n, n, n > 1<<53)
	half := rand.Int63() / 2
	fmt.Println(half, int(half%100))
}
