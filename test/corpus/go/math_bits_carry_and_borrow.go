// Multi-word arithmetic with math/bits: add with carry, subtract with borrow, full-width products, in 32 and 64 bits.
package main

import (
	"fmt"
	"math"
	"math/bits"
)

// add96 adds two 96-bit numbers stored as three uint32 words, least significant first.
func add96(a, b [3]uint32) [3]uint32 {
	var out [3]uint32
	var carry uint32
	for i := 0; i < 3; i++ {
		out[i], carry = bits.Add32(a[i], b[i], carry)
	}
	return out
}

func main() {
	sum, carry := bits.Add32(math.MaxUint32, 2, 0)
	fmt.Println("add32:", sum, carry)
	diff, borrow := bits.Sub32(1, 2, 0)
	fmt.Println("sub32:", diff, borrow)
	hi, lo := bits.Mul32(math.MaxUint32, math.MaxUint32)
	fmt.Println("mul32:", hi, lo)

	d64, b64 := bits.Sub64(0, 1, 0)
	fmt.Println("sub64:", d64, b64)
	d, b := bits.Sub(10, 3, 1)
	fmt.Println("sub:", d, b)

	fmt.Println("add96:", add96([3]uint32{math.MaxUint32, math.MaxUint32, 0}, [3]uint32{1, 0, 0}))
}
