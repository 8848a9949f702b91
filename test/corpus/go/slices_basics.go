// Slices: make, append, slicing, copy, len, nil slices, 2D slices, clear.
// (chan2ts slices are JavaScript arrays: a sub-slice is a copy and cap equals len, so
// this program does not write through sub-slices or print capacities.)
package main

import "fmt"

func main() {
	var s []int
	fmt.Println(s, len(s), s == nil)
	for i := range 5 {
		s = append(s, i*10)
	}
	fmt.Println(s, len(s))

	made := make([]string, 3)
	made[1] = "mid"
	fmt.Printf("%q len=%d\n", made, len(made))

	part := s[1:3]
	fmt.Println("part:", part, "s:", s)
	fmt.Println(s[:2], s[3:], s[:])

	dst := make([]int, 3)
	n := copy(dst, s)
	fmt.Println("copied", n, dst)

	more := append([]int{}, s...)
	more = append(more, 1, 2, 3)
	more[0] = -1
	fmt.Println(s[0], more)

	grid := make([][]int, 3)
	for i := range grid {
		grid[i] = make([]int, 3)
		for j := range grid[i] {
			grid[i][j] = i * j
		}
	}
	fmt.Println(grid)

	words := []string{"go", "is", "fun"}
	for i, w := range words {
		fmt.Printf("%d:%s ", i, w)
	}
	fmt.Println()

	// Remove element at index 1.
	words = append(words[:1], words[2:]...)
	fmt.Println(words, len(words))

	clear(dst)
	fmt.Println("cleared:", dst)
	fmt.Println(len([]bool{true, false}))
}
