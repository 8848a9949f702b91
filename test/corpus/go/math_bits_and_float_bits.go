// math/bits on sized unsigned integers (OnesCount, LeadingZeros, TrailingZeros, Len,
// RotateLeft, Reverse, Mul64) and math's Remainder, Float64bits, Float32bits.
package main

import (
	"fmt"
	"math"
	"math/bits"
)

func main() {
	var flags uint8 = 0b1011_0001
	var mask uint32 = 1 << 20
	var big uint64 = 1 << 40
	fmt.Println(bits.OnesCount8(flags), bits.LeadingZeros8(flags), bits.TrailingZeros8(flags), bits.Len8(flags))
	fmt.Println(bits.LeadingZeros32(mask), bits.TrailingZeros32(mask), bits.OnesCount32(mask-1))
	fmt.Println(bits.TrailingZeros64(big), bits.Len64(big), bits.OnesCount64(big-1), bits.OnesCount(255))
	fmt.Println(bits.RotateLeft8(flags, 1), bits.RotateLeft8(flags, -1), bits.Reverse8(flags), bits.Reverse16(1))
	hi, lo := bits.Mul64(big, big)
	fmt.Println(hi, lo, bits.UintSize)
	fmt.Println(math.Remainder(7, 3), math.Remainder(8, 3), math.Remainder(-7, 2), math.Mod(-7, 2))
	fmt.Println(math.Float64bits(1.0), math.Float64bits(-2.5), math.Float32bits(1.0), math.Float64frombits(0x4000000000000000))
}
