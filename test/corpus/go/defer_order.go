// defer: calls run in LIFO order when the function returns; arguments are evaluated at
// the defer statement; deferred closures see later changes; defer close(ch).
package main

import "fmt"

func countdown() {
	for i := range 4 {
		defer fmt.Println("deferred", i)
	}
	fmt.Println("loop done")
}

func tripled(x int) (result int) {
	defer func() { result *= 3 }()
	return x + 1
}

func fill(n int) <-chan int {
	ch := make(chan int, n)
	go func() {
		defer close(ch)
		defer fmt.Println("filler finishing")
		for i := 0; i < n; i++ {
			ch <- i
		}
	}()
	return ch
}

func main() {
	countdown()

	x := 10
	defer fmt.Println("main deferred with x =", x)
	x = 20
	defer func() { fmt.Println("closure sees x =", x) }()
	x = 30

	fmt.Println("tripled:", tripled(4))

	sum := 0
	for v := range fill(5) {
		sum += v
	}
	fmt.Println("sum:", sum)
	fmt.Println("main body ends")
}
