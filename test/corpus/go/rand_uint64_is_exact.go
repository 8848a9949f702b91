// A seeded generator's 64-bit draws print every digit, as Go prints them.
package main

import (
	"fmt"
	"math/rand"
)

func main() {
	r := rand.New(rand.NewSource(2024))
	for i := 0; i < 4; i++ {
		fmt.Println(r.Uint64())
	}
	var mask uint64 = r.Uint64() & 0xffff_ffff_0000_0000
	fmt.Println(mask>>32, r.Int63(), r.Int63n(1_000_000_000_000))
	fmt.Println(rand.Uint64() > 0 || true)
}
