// s[lo:hi:max] limits the capacity of the result, so a later append copies instead of
// overwriting the shared backing array; bounds are checked against max as Go does.
package main

import "fmt"

func main() {
	nums := []int{10, 20, 30, 40, 50, 60}

	open := nums[1:3]
	capped := nums[1:3:3]
	fmt.Println(len(open), cap(open), len(capped), cap(capped))

	open = append(open, -1)
	fmt.Println(nums)
	capped = append(capped, -2)
	capped[0] = -3
	fmt.Println(nums, capped, cap(capped) >= 3)

	arr := [5]string{"a", "b", "c", "d", "e"}
	window := arr[1:2:4]
	fmt.Println(window, len(window), cap(window))
	window = window[:3]
	fmt.Println(window)
	window = append(window, "z")
	window[0] = "B"
	fmt.Println(arr, window)

	prefix := make([]int, 2, 8)
	var paths [][]int
	for i := 0; i < 3; i++ {
		paths = append(paths, append(prefix[:2:2], i))
	}
	fmt.Println(paths)

	defer func() { fmt.Println("recovered:", recover()) }()
	hi, max := 4, 3
	_ = nums[1:hi:max]
}
