// StackOverflow answer style: append aliasing surprises, three-index slices to cap capacity, copy with overlap, and slices.Clone
package main

import (
	"fmt"
	"slices"
)

func show(name string, s []int) {
	fmt.Printf("%-8s len=%d cap=%d %v\n", name, len(s), cap(s), s)
}

func main() {
	base := make([]int, 5, 8)
	for i := range base {
		base[i] = i + 1
	}
	a := base[:3]
	b := append(a, 100) // writes into base[3]
	show("base", base)
	show("a", a)
	show("b", b)

	c := base[1:3:3] // capacity limited to 2
	d := append(c, 200)
	d[0] = -2 // d has its own array now
	show("base", base)
	show("c", c)
	show("d", d)

	// the classic bug: appending to a shared prefix in a loop
	prefix := make([]int, 0, 10)
	prefix = append(prefix, 7, 7)
	var paths [][]int
	for i := 0; i < 3; i++ {
		paths = append(paths, append(prefix, i))
	}
	fmt.Println("shared prefix:", paths)
	paths = nil
	for i := 0; i < 3; i++ {
		paths = append(paths, append(prefix[:len(prefix):len(prefix)], i))
	}
	fmt.Println("capped prefix:", paths)

	// copy handles overlap like memmove
	s := []int{0, 1, 2, 3, 4, 5, 6, 7}
	n := copy(s[2:], s)
	fmt.Println("copy right:", n, s)
	s = []int{0, 1, 2, 3, 4, 5, 6, 7}
	n = copy(s, s[3:])
	fmt.Println("copy left:", n, s)
	bs := make([]byte, 3)
	n = copy(bs, "héllo")
	fmt.Printf("copy from string: %d %q % x\n", n, bs, bs)

	// deleting from the middle keeps the backing array
	t := []string{"a", "b", "c", "d", "e"}
	u := append(t[:1], t[3:]...)
	fmt.Println("after delete:", u, "original now:", t)
	v := slices.Delete(slices.Clone([]string{"a", "b", "c", "d", "e"}), 1, 3)
	fmt.Println("slices.Delete:", v, len(v))

	// array values copy, slices alias
	arr := [3]int{1, 2, 3}
	arr2 := arr
	arr2[0] = 99
	sl := arr[:]
	sl[1] = 42
	fmt.Println("arrays:", arr, arr2)

	// nil vs empty
	var nilS []int
	empty := []int{}
	fmt.Println(nilS == nil, empty == nil, len(nilS), len(empty), slices.Equal(nilS, empty))
	fmt.Printf("%v %v %#v %#v\n", nilS, empty, nilS, empty)

	grid := make([][]rune, 3)
	row := []rune("...")
	for i := range grid {
		grid[i] = row // all rows share one slice
	}
	grid[1][1] = '#'
	for _, r := range grid {
		fmt.Println(string(r))
	}
}
