// uint and uint64 hold values up to 2^64-1 exactly: ^uint(0), 64-bit hashes, shifts past bit 53, and wrap-around below zero.
package main

import (
	"fmt"
	"math"
)

const maxUint64 uint64 = 1<<64 - 1

func bitLength(n uint) int {
	length := 0
	for n != 0 {
		length++
		n >>= 1
	}
	return length
}

func fnv64(s string) uint64 {
	var h uint64 = 14695981039346656037
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

type counter struct {
	name  string
	count uint64
}

func size(n uint) string {
	switch n {
	case 0:
		return "none"
	case 1, 2:
		return "few"
	}
	return "many"
}

func main() {
	c := counter{name: "hits", count: 41}
	c.count++
	fmt.Println(c.name, c.count, size(0), size(2), size(uint(c.count)))
	fmt.Println(bitLength(^uint(0)), bitLength(1<<40), ^uint64(0) == maxUint64, maxUint64 == math.MaxUint64)
	fmt.Println(fnv64("gopher"), fnv64("gopher")%1000)

	var stock uint
	stock--
	fmt.Println("below zero:", stock)

	top := uint64(1) << 63
	fmt.Printf("%d %x %v\n", top, top|1, top>>62)

	words := []string{"zero", "one", "two"}
	for i := uint(0); i < uint(len(words)); i++ {
		fmt.Print(words[i], " ")
	}
	fmt.Println()

	seen := map[uint64]bool{fnv64("a"): true}
	fmt.Println(seen[fnv64("a")], seen[fnv64("b")], int(top>>60), uint32(fnv64("a")))
}
