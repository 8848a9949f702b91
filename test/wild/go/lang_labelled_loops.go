// Spec/tutorial style: labelled break and continue in nested loops and around select/switch
package main

import "fmt"

func findPair(nums []int, target int) (int, int, bool) {
	var i, j int
	found := false
outer:
	for i = 0; i < len(nums); i++ {
		for j = i + 1; j < len(nums); j++ {
			if nums[i]+nums[j] == target {
				found = true
				break outer
			}
		}
	}
	return i, j, found
}

func main() {
	fmt.Println(findPair([]int{3, 8, 1, 9, 4}, 13))
	fmt.Println(findPair([]int{1, 2}, 10))

	// continue with label skips the rest of the outer iteration
rows:
	for r := 1; r <= 4; r++ {
		for c := 1; c <= 4; c++ {
			if c > r {
				fmt.Println()
				continue rows
			}
			fmt.Print(r*c, " ")
		}
		fmt.Println("(full)")
	}

	// break inside select only leaves the select without a label
	ch := make(chan int, 5)
	for i := 0; i < 5; i++ {
		ch <- i
	}
	close(ch)
	got := 0
loop:
	for {
		select {
		case v, ok := <-ch:
			if !ok {
				break loop
			}
			if v == 1 {
				break // leaves select only
			}
			got += v
		}
	}
	fmt.Println("sum without 1:", got)

	// switch inside for: break label needed to leave the loop
	words := []string{"go", "run", "stop", "never"}
	i := 0
scan:
	for ; i < len(words); i++ {
		switch words[i] {
		case "stop":
			break scan
		case "go":
			continue
		}
		fmt.Println("word:", words[i])
	}
	fmt.Println("stopped at", i)
}
