// crypto/md5.Sum gives the RFC 1321 digest as a [16]byte; %x prints it as hex.
package main

import (
	"crypto/md5"
	"fmt"
	"strings"
)

func main() {
	for _, s := range []string{"", "a", "abc", "message digest", strings.Repeat("x", 55), strings.Repeat("y", 56), strings.Repeat("z", 64), strings.Repeat("0123456789", 13)} {
		sum := md5.Sum([]byte(s))
		fmt.Printf("%x %d\n", sum, len(s))
	}
	a := md5.Sum([]byte("same"))
	b := md5.Sum([]byte("same"))
	fmt.Println(a == b, md5.Size, len(a))
	sums := map[string][md5.Size]byte{"a": md5.Sum([]byte("a"))}
	var none [md5.Size]byte
	fmt.Printf("%x %x\n", sums["a"], none)
}
