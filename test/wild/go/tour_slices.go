// Tour-style: slices are views of arrays, length/capacity, append growth, slices of slices
package main

import (
	"fmt"
	"strings"
)

func printSlice(s []int) {
	fmt.Printf("len=%d cap=%d %v\n", len(s), cap(s), s)
}

func main() {
	names := [4]string{"John", "Paul", "George", "Ringo"}
	a := names[0:2]
	b := names[1:3]
	b[0] = "XXX"
	fmt.Println(a, b)
	fmt.Println(names)

	s := []int{2, 3, 5, 7, 11, 13}
	s = s[:0]
	printSlice(s)
	s = s[:4]
	printSlice(s)
	s = s[2:]
	printSlice(s)

	var z []int
	fmt.Println(z, len(z), cap(z), z == nil)

	m := make([]int, 0, 5)
	printSlice(m)
	m = append(m, 1, 2, 3)
	alias := m[:2]
	alias = append(alias, 99) // overwrites m[2], same backing array
	printSlice(m)
	printSlice(alias)

	board := [][]string{
		{"_", "_", "_"},
		{"_", "_", "_"},
		{"_", "_", "_"},
	}
	board[0][0] = "X"
	board[2][2] = "O"
	board[1][2] = "X"
	board[1][0] = "O"
	board[0][2] = "X"
	for i := 0; i < len(board); i++ {
		fmt.Printf("%s\n", strings.Join(board[i], " "))
	}

	pow := make([]int, 10)
	for i := range pow {
		pow[i] = 1 << uint(i)
	}
	for _, value := range pow {
		fmt.Printf("%d ", value)
	}
	fmt.Println()

	arr := [3]int{1, 2, 3}
	arr2 := arr
	arr2[0] = 100
	fmt.Println(arr, arr2, arr == [3]int{1, 2, 3})
	dst := make([]int, 2)
	n := copy(dst, arr[:])
	fmt.Println(n, dst)
}
