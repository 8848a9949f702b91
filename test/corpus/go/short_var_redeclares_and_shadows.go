// `a, b := f()` assigns the names already declared in the same scope; in an inner scope := declares new ones, whose value may read the outer ones.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

func parse(s string) (int, error) {
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, errors.New("bad number " + strconv.Quote(s))
	}
	return n, nil
}

func double(n int) (int, bool) { return n * 2, n < 100 }

func main() {
	var n int
	var err error
	n, ok := double(21)
	fmt.Println(n, ok, err)
	m, err := parse("x")
	fmt.Println(m, err)
	total := 10
	{
		total, ok := double(total)
		fmt.Println("inner", total, ok)
	}
	fmt.Println("outer", total)
	if total := total + 5; total > 10 {
		fmt.Println("if sees", total)
	}
	if err := check(err); err != nil {
		fmt.Println("still failing:", err)
	}
	for i := 0; i < 2; i++ {
		i := i * 10
		fmt.Println("loop copy", i)
	}
}

func check(err error) error { return err }
