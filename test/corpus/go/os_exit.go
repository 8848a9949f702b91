// os.Exit ends the program at once with the given code: deferred calls do not run and
// other goroutines are abandoned.
package main

import (
	"fmt"
	"os"
	"strconv"
)

func validate(args []string) int {
	bad := 0
	for _, a := range args {
		if _, err := strconv.Atoi(a); err != nil {
			fmt.Println("not a number:", a)
			bad++
		}
	}
	return bad
}

func main() {
	defer fmt.Println("this deferred call never runs")
	go func() {
		select {}
	}()
	bad := validate([]string{"12", "x7", "40", "three"})
	fmt.Println("bad inputs:", bad)
	if bad > 0 {
		fmt.Fprintln(os.Stderr, "exiting with status 3")
		os.Exit(3)
	}
	fmt.Println("never printed")
}
