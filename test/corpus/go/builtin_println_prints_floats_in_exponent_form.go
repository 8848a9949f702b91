// The builtin println writes to standard error and prints floats as +d.dddddde+ddd, ints and strings plainly.
package main

import "fmt"

func main() {
	fmt.Println("to stdout")
	var ratio float64 = 2
	println(0.1, 1e100, -2.5e-10, 123456789.0, 1.0/3)
	println(float32(0.1), ratio, 9.9999999, 0.0)
	println("ints:", 42, -7, true)
	print("no", "spaces", 3, "\n")
}
