// Sub-slices share their array: writes show through, reslicing reaches into capacity, append within capacity overwrites.
package main

import (
	"fmt"
	"sort"
)

func show(name string, s []int) {
	fmt.Printf("%s len=%d cap=%d %v\n", name, len(s), cap(s), s)
}

func main() {
	primes := [6]int{2, 3, 5, 7, 11, 13}
	var s []int = primes[1:4]
	show("s", s)
	s[0] = 30
	fmt.Println(primes)

	s = s[:0]
	show("emptied", s)
	s = s[:4]
	show("regrown", s)
	s = s[2:]
	show("dropped", s)

	buf := make([]int, 0, 4)
	buf = append(buf, 1, 2)
	head := buf[:1]
	head = append(head, 99)
	show("buf", buf)
	show("head", head)
	head = append(head, 100, 101, 102)
	head[0] = -1
	show("buf after growth", buf)
	fmt.Println("head after growth", len(head), head)

	data := []int{9, 4, 7, 1, 8}
	sort.Ints(data[1:4])
	fmt.Println(data)

	queue := []string{"a", "b", "c"}
	for len(queue) > 0 {
		fmt.Print(queue[0], " ")
		queue = queue[1:]
	}
	fmt.Println(len(queue), cap(queue))

	grid := make([][]int, 2)
	for i := range grid {
		grid[i] = make([]int, 3)
	}
	row := grid[1]
	row[2] = 5
	fmt.Println(grid)

	arr := [3]string{"x", "y", "z"}
	all := arr[:]
	all[1] = "Y"
	n := copy(all[2:], []string{"Z", "W"})
	fmt.Println(arr, n)
}
