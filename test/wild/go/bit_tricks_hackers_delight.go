// Blog/"Hacker's Delight" style: bit tricks on sized integers (lowest set bit, power-of-two tests, Kernighan popcount, Gray code, bit reversal, sign extension, int8/uint16 wraparound) checked against math/bits
package main

import (
	"fmt"
	"math/bits"
)

func popcount(x uint32) int {
	n := 0
	for x != 0 {
		x &= x - 1
		n++
	}
	return n
}

func isPow2(x uint64) bool { return x != 0 && x&(x-1) == 0 }

func nextPow2(x uint32) uint32 {
	if x == 0 {
		return 1
	}
	x--
	x |= x >> 1
	x |= x >> 2
	x |= x >> 4
	x |= x >> 8
	x |= x >> 16
	return x + 1
}

func reverse8(b uint8) uint8 {
	b = (b&0xF0)>>4 | (b&0x0F)<<4
	b = (b&0xCC)>>2 | (b&0x33)<<2
	b = (b&0xAA)>>1 | (b&0x55)<<1
	return b
}

func gray(n uint) uint { return n ^ (n >> 1) }

func fromGray(g uint) uint {
	n := g
	for s := g >> 1; s != 0; s >>= 1 {
		n ^= s
	}
	return n
}

// signExtend treats the low `width` bits of v as a two's complement number.
func signExtend(v uint32, width uint) int32 {
	shift := 32 - width
	return int32(v<<shift) >> shift
}

func main() {
	for _, x := range []uint32{0, 1, 12, 255, 0x80000000, 0xDEADBEEF} {
		fmt.Printf("%#010x pop=%2d (bits %2d) low=%#x tz=%2d lz=%2d next2=%d\n",
			x, popcount(x), bits.OnesCount32(x), x&-x, bits.TrailingZeros32(x), bits.LeadingZeros32(x), nextPow2(x))
	}
	for _, x := range []uint64{0, 1, 6, 64, 1 << 40, 1<<40 + 1} {
		fmt.Printf("isPow2(%d)=%t ", x, isPow2(x))
	}
	fmt.Println()

	for _, b := range []uint8{0b00000001, 0b10110000, 0xFF, 0x5A} {
		fmt.Printf("reverse %08b -> %08b (bits.Reverse8 %08b)\n", b, reverse8(b), bits.Reverse8(b))
	}

	fmt.Print("gray:")
	for i := uint(0); i < 8; i++ {
		g := gray(i)
		fmt.Printf(" %03b", g)
		if fromGray(g) != i {
			fmt.Print("!")
		}
	}
	fmt.Println()

	fmt.Println("sign extend 12-bit 0xFFF:", signExtend(0xFFF, 12), "0x7FF:", signExtend(0x7FF, 12), "4-bit 0x8:", signExtend(0x8, 4))

	var i8 int8 = 120
	for k := 0; k < 4; k++ {
		i8 += 5
		fmt.Print(i8, " ")
	}
	fmt.Println("<- int8 wraps")
	var u16 uint16 = 65533
	for k := 0; k < 5; k++ {
		u16++
		fmt.Print(u16, " ")
	}
	fmt.Println("<- uint16 wraps")
	var neg int8 = -128
	fmt.Println("-(-128) as int8:", -neg, "abs trick:", abs8(-100), abs8(-128))
	big, minusTwo, minusOne := uint16(40000), int32(-2), -1
	fmt.Println("uint8(-1):", uint8(minusOne), "int16(uint16 40000):", int16(big), "uint32(int32 -2):", uint32(minusTwo))

	// Arithmetic vs logical shift.
	var sNeg int32 = -64
	fmt.Println("-64 >> 3 =", sNeg>>3, "uint32(-64) >> 3 =", uint32(sNeg)>>3)
	fmt.Println("-7 >> 1 =", int32(-7)>>1, "-7 / 2 =", int32(-7)/2)

	// Swap with xor, average without overflow, and rotate.
	a, b := uint16(0xBEEF), uint16(0x1234)
	a ^= b
	b ^= a
	a ^= b
	fmt.Printf("swapped %#x %#x\n", a, b)
	x, y := uint8(250), uint8(200)
	fmt.Println("naive avg:", (x+y)/2, "safe avg:", (x&y)+(x^y)>>1)
	fmt.Printf("rotl16(0x8001,4)=%#x rotl32(1,-1)=%#x\n", bits.RotateLeft16(0x8001, 4), bits.RotateLeft32(1, -1))
	hi, lo := bits.Mul64(0xFFFFFFFFFFFFFFFF, 3)
	sum, carry := bits.Add32(0xFFFFFFFF, 2, 0)
	fmt.Printf("mul64 hi=%d lo=%#x add32 sum=%d carry=%d len=%d\n", hi, lo, sum, carry, bits.Len(1023))
}

func abs8(v int8) int8 {
	m := v >> 7
	return (v ^ m) - m
}
