// var, const and iota; := and multiple assignment; swapping; integer division and
// remainder with negative numbers; min and max.
package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
)

const greeting = "hello"

var counter int
var ratio, scale = 0.5, 3

func main() {
	fmt.Println(Sunday, Monday, Tuesday, Wednesday)
	fmt.Println(KB, MB, GB)
	fmt.Println(greeting, len(greeting))

	a, b := 1, 2
	a, b = b, a
	fmt.Println("swapped:", a, b)

	x, y, z := 7, -7, 2
	fmt.Println(x/z, x%z, y/z, y%z, -x/-z)
	fmt.Println(17/5, 17%5, 17.0/5)

	counter += 5
	counter *= 3
	counter--
	fmt.Println("counter:", counter)
	fmt.Println("ratio*scale:", ratio*float64(scale))

	fmt.Println(min(3, 1, 2), max(3, 1, 2), min(2.5, 1.5), max("apple", "banana"))

	var (
		name  string
		ready bool
		count int
		score float64
	)
	fmt.Printf("%q %v %v %v\n", name, ready, count, score)
	count = 9
	fmt.Println("count:", count)

	i := 10
	i, j := i*2, i+1
	fmt.Println(i, j)
}
