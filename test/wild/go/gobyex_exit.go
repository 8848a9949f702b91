// Go by Example style: os.Exit skips deferred calls and sets the status code
package main

import (
	"fmt"
	"os"
)

func validate(values []int) []string {
	var problems []string
	for i, v := range values {
		if v < 0 {
			problems = append(problems, fmt.Sprintf("value %d at index %d is negative", v, i))
		}
	}
	return problems
}

func main() {
	defer fmt.Println("!")
	problems := validate([]int{4, -1, 8, -7})
	for _, p := range problems {
		fmt.Println(p)
	}
	if len(problems) > 0 {
		fmt.Printf("%d problems found\n", len(problems))
		os.Exit(3)
	}
	fmt.Println("all good")
}
