// Package hash/crc32 and hash/adler32 against a table-driven CRC written by hand: the table
// needs uint32 XOR with the top bit set, and the hashes are also fed through Write.
package main

import (
	"fmt"
	"hash/adler32"
	"hash/crc32"
)

func makeTable(poly uint32) [256]uint32 {
	var t [256]uint32
	for i := range t {
		crc := uint32(i)
		for j := 0; j < 8; j++ {
			if crc&1 == 1 {
				crc = (crc >> 1) ^ poly
			} else {
				crc >>= 1
			}
		}
		t[i] = crc
	}
	return t
}

func main() {
	table := makeTable(crc32.IEEE)
	fmt.Printf("%08x %08x\n", table[1], table[128])

	for _, s := range []string{"", "golang", "Hello, 世界"} {
		data := []byte(s)
		crc := ^uint32(0)
		for _, b := range data {
			crc = table[byte(crc)^b] ^ (crc >> 8)
		}
		crc = ^crc
		fmt.Printf("%-14q crc=%08x ieee=%08x adler=%08x\n", s, crc, crc32.ChecksumIEEE(data), adler32.Checksum(data))
	}

	castagnoli := crc32.MakeTable(crc32.Castagnoli)
	fmt.Println(crc32.Checksum([]byte("123456789"), castagnoli))
	fmt.Println(crc32.Update(crc32.ChecksumIEEE([]byte("1234")), crc32.IEEETable, []byte("56789")))

	h := crc32.NewIEEE()
	h.Write([]byte("12345"))
	h.Write([]byte("6789"))
	a := adler32.New()
	a.Write([]byte("Wikipedia"))
	fmt.Println(h.Sum32(), a.Sum32(), h.Sum(nil), a.Size())

	var top uint32 = 0x80000000
	fmt.Println(top|1, top^0xffffffff, top&^1, top>>31)

	var small int8 = -128
	var minus int8 = -1
	fmt.Println(small/minus, small%minus)
}
