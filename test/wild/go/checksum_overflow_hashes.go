// Blog style: checksums written by hand with wrapping uint32 arithmetic (FNV-1a, Adler-32, CRC-32 table, djb2) and checked against hash/*
package main

import (
	"fmt"
	"hash/adler32"
	"hash/crc32"
	"hash/fnv"
)

func fnv1a(data []byte) uint32 {
	h := uint32(2166136261)
	for _, b := range data {
		h ^= uint32(b)
		h *= 16777619
	}
	return h
}

func adler(data []byte) uint32 {
	const mod = 65521
	a, b := uint32(1), uint32(0)
	for _, c := range data {
		a = (a + uint32(c)) % mod
		b = (b + a) % mod
	}
	return b<<16 | a
}

var crcTable [256]uint32

func init() {
	for i := range crcTable {
		c := uint32(i)
		for k := 0; k < 8; k++ {
			if c&1 == 1 {
				c = 0xEDB88320 ^ (c >> 1)
			} else {
				c >>= 1
			}
		}
		crcTable[i] = c
	}
}

func crc(data []byte) uint32 {
	c := ^uint32(0)
	for _, b := range data {
		c = crcTable[byte(c)^b] ^ (c >> 8)
	}
	return ^c
}

func djb2(s string) uint32 {
	var h uint32 = 5381
	for i := 0; i < len(s); i++ {
		h = h<<5 + h + uint32(s[i])
	}
	return h
}

func djb2Signed(s string) int32 {
	var h int32 = 5381
	for i := 0; i < len(s); i++ {
		h = h*33 + int32(s[i])
	}
	return h
}

func main() {
	inputs := []string{"", "a", "hello, world", "The quick brown fox jumps over the lazy dog", "ünïcödé ✓"}
	for _, in := range inputs {
		data := []byte(in)
		f := fnv.New32a()
		f.Write(data)
		fmt.Printf("%-46q fnv=%08x(%t) adler=%08x(%t) crc=%08x(%t) djb2=%10d %11d\n",
			in, fnv1a(data), fnv1a(data) == f.Sum32(),
			adler(data), adler(data) == adler32.Checksum(data),
			crc(data), crc(data) == crc32.ChecksumIEEE(data),
			djb2(in), djb2Signed(in))
	}
	var i8 int8 = 127
	var u8 uint8 = 0
	var i32 int32 = 2147483647
	var u32 uint32 = 1
	i8++
	u8--
	i32 += 2
	u32 -= 3
	fmt.Println(i8, u8, i32, u32)
	fmt.Printf("%x %x %d\n", crcTable[1], crcTable[255], len(crcTable))
	var mul uint8 = 200
	var minI8 int8 = -128
	fmt.Println(mul*2, int8(mul), uint16(int8(mul)), -minI8, minI8/-1, minI8*minI8)
}
