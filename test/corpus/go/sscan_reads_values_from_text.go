// fmt.Sscan, Sscanln and Sscanf read numbers, words, bools and floats from a string, and report Go's errors.
package main

import "fmt"

type point struct {
	x, y int
}

func main() {
	var name string
	var age int
	var ratio float64
	var ok bool
	n, err := fmt.Sscan("gopher 13\n 0.25 true", &name, &age, &ratio, &ok)
	fmt.Println(n, err, name, age, ratio, ok)

	var p point
	n, err = fmt.Sscanf("(3, -4)", "(%d, %d)", &p.x, &p.y)
	fmt.Println(n, err, p)

	var hex, oct int
	n, err = fmt.Sscan("0x1f 0o17", &hex, &oct)
	fmt.Println(n, err, hex, oct)

	var day, month, year int
	n, err = fmt.Sscanf("07/12/2026", "%d/%d/%d", &day, &month, &year)
	fmt.Println(n, err, day, month, year)

	var word string
	var count int
	n, err = fmt.Sscanf("apples:12", "%6s:%d", &word, &count)
	fmt.Println(n, err, word, count)

	n, err = fmt.Sscanln("1 2\n3", &day, &month, &year)
	fmt.Println(n, err)

	n, err = fmt.Sscanln("5 6 7", &day)
	fmt.Println(n, err)

	n, err = fmt.Sscan("twelve", &age)
	fmt.Println(n, err)

	n, err = fmt.Sscan("abc", &ratio)
	fmt.Println(n, err)

	n, err = fmt.Sscan("42", &age, &name)
	fmt.Println(n, err, age)

	n, err = fmt.Sscanf("7 apples", "%d pears", &age)
	fmt.Println(n, err)

	var total int
	for _, s := range []string{"10", "20", "x", "30"} {
		var v int
		if _, err := fmt.Sscan(s, &v); err != nil {
			fmt.Println("skip", s, "-", err)
			continue
		}
		total += v
	}
	fmt.Println("total", total)
}
