// Go by Example style: panic on an unexpected error ends the program (exit 2)
package main

import (
	"errors"
	"fmt"
	"strconv"
)

func mustParse(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		panic(err)
	}
	return n
}

func main() {
	inputs := []string{"12", "7", "forty", "3"}
	sum := 0
	defer fmt.Println("deferred calls still run while panicking")
	for _, in := range inputs {
		n := mustParse(in)
		sum += n
		fmt.Println("sum so far:", sum)
	}
	panic(errors.New("unreachable"))
}
