// `for k, v = range` (with =) assigns variables declared outside the loop, which keep the last values; targets may be elements.
package main

import "fmt"

type cursor struct{ pos int }

func main() {
	var idx, last int
	for idx, last = range []int{10, 20, 30} {
	}
	fmt.Println("after slice loop:", idx, last)

	var word string
	var count int
	for word, count = range map[string]int{"only": 1} {
	}
	fmt.Println("after map loop:", word, count)

	var pos int
	var ch rune
	for pos, ch = range "añb" {
		fmt.Print(pos, ":", string(ch), " ")
	}
	fmt.Println()

	n := 0
	for n = range 4 {
	}
	fmt.Println("after int loop:", n)

	var i int
	shifted := make([]string, 4)
	for i, shifted[i] = range []string{"a", "b", "c"} {
	}
	fmt.Println(i, shifted)

	c := &cursor{}
	seen := map[int]int{}
	for c.pos, seen[c.pos] = range []int{5, 6} {
	}
	fmt.Println(c.pos, seen)

	ch2 := make(chan int, 3)
	ch2 <- 7
	ch2 <- 8
	close(ch2)
	var got int
	for got = range ch2 {
	}
	fmt.Println("last received:", got)
}
