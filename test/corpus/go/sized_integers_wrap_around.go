// Sized integers (int8..int32, uint8..uint32, byte, rune) wrap around on overflow as in Go, in arithmetic, ++/--, compound assignment and conversions.
package main

import "fmt"

func checksum(data []byte) byte {
	var sum byte
	for _, b := range data {
		sum += b
	}
	return sum
}

func hash32(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

func main() {
	fmt.Println("checksum:", checksum([]byte{104, 101, 108, 108, 111, 200, 250}))
	fmt.Println("fnv-1a:", hash32("gopher"))

	var level int8 = 127
	level++
	fmt.Println("int8 after 127++:", level, -level)

	var countdown uint16
	countdown--
	fmt.Println("uint16 below zero:", countdown, ^uint16(0))

	var big int32 = 1 << 30
	fmt.Println("int32:", big*4, big*3, big<<2, ^big)

	var mask uint32 = 1 << 31
	fmt.Println("uint32:", mask*2, mask<<1, ^mask, -mask)

	n := 1000
	fmt.Println("conversions:", uint8(n), int8(n), uint16(n*100), int32(n*n*n*10))

	var r rune = 'y'
	r += 2
	fmt.Println(r, string(r))
}
