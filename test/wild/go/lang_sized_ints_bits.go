// Blog style: sized integers, wraparound overflow, conversions, and math/bits operations
package main

import (
	"fmt"
	"math"
	"math/bits"
)

type Flags uint8

const (
	FlagRead Flags = 1 << iota
	FlagWrite
	FlagExec
)

func (f Flags) String() string {
	s := []byte("---")
	if f&FlagRead != 0 {
		s[0] = 'r'
	}
	if f&FlagWrite != 0 {
		s[1] = 'w'
	}
	if f&FlagExec != 0 {
		s[2] = 'x'
	}
	return string(s)
}

func main() {
	var u8 uint8 = 250
	u8 += 10
	fmt.Println("uint8 250+10 =", u8)
	var i8 int8 = 127
	i8++
	fmt.Println("int8 127+1 =", i8)
	var i16 int16 = -32768
	i16--
	fmt.Println("int16 min-1 =", i16)
	var u32 uint32 = 0
	u32--
	fmt.Println("uint32 0-1 =", u32)
	x := math.MaxInt64
	x++
	fmt.Println("int64 max+1 =", x == math.MinInt64)

	big := 300
	neg := -129
	fmt.Println("truncate:", uint8(big), int8(big), int8(neg))
	f, g := -3.9, 7.99
	fmt.Println("float->int:", int(f), int64(g), uint16(65535.0))

	a, b := 0b1011_0110, 0x0F
	fmt.Printf("%08b & %08b = %08b\n", a, b, a&b)
	fmt.Printf("%08b | %08b = %08b\n", a, b, a|b)
	fmt.Printf("%08b ^ %08b = %08b\n", a, b, a^b)
	fmt.Printf("%08b &^ %08b = %08b\n", a, b, a&^b)
	fmt.Println(a<<2, a>>3, -16>>2, ^0, ^uint8(5))

	fmt.Println(bits.OnesCount(255), bits.LeadingZeros32(1), bits.TrailingZeros64(80), bits.Len(1023))
	fmt.Println(bits.RotateLeft8(0b10010001, 1), bits.Reverse8(1))
	hi, lo := bits.Mul64(math.MaxUint64, 3)
	fmt.Println(hi, lo)

	perm := FlagRead | FlagExec
	fmt.Println(perm, perm|FlagWrite, perm&^FlagRead, Flags(0))
	fmt.Println(7/2, -7/2, 7%3, -7%3, 7.0/2)
}
