// copy into a sub-slice of an array writes the array itself; it copies no more than fits.
package main

import "fmt"

func main() {
	var buf [8]byte
	n := copy(buf[:], "hey")
	fmt.Println(n, buf)
	n = copy(buf[3:], []byte{'!', '!'})
	fmt.Println(n, buf[:5], string(buf[:n+3]))
	var digits [5]int
	src := []int{1, 2, 3, 4, 5, 6, 7}
	fmt.Println(copy(digits[1:3], src), digits)
	window := []int{10, 20, 30, 40}
	copy(window, window[1:])
	fmt.Println(window)
}
