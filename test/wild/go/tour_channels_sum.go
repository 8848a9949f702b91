// Tour-style: summing slice halves in goroutines, buffered channels, range and close
package main

import "fmt"

func sum(s []int, c chan int) {
	total := 0
	for _, v := range s {
		total += v
	}
	c <- total
}

func fibonacci(n int, c chan int) {
	x, y := 0, 1
	for i := 0; i < n; i++ {
		c <- x
		x, y = y, x+y
	}
	close(c)
}

func main() {
	s := []int{7, 2, 8, -9, 4, 0}
	left, right := make(chan int), make(chan int)
	go sum(s[:len(s)/2], left)
	go sum(s[len(s)/2:], right)
	x, y := <-left, <-right
	fmt.Println(x, y, x+y)

	both := make(chan int)
	go sum(s[:3], both)
	go sum(s[3:], both)
	a, b := <-both, <-both
	fmt.Println("total either order:", a+b)

	ch := make(chan int, 2)
	ch <- 1
	ch <- 2
	fmt.Println(<-ch)
	fmt.Println(<-ch)

	c := make(chan int, 10)
	go fibonacci(cap(c), c)
	for i := range c {
		fmt.Println(i)
	}
}
