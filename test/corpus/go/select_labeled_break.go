// break inside select only leaves the select; a labelled break or continue
// reaches the enclosing for loop.
package main

import "fmt"

func main() {
	data := make(chan int)
	quit := make(chan struct{})
	go func() {
		for i := 1; i <= 10; i++ {
			data <- i
		}
		close(quit)
	}()

	sum := 0
	skipped := 0
Loop:
	for {
		select {
		case v := <-data:
			if v%2 == 0 {
				skipped++
				continue Loop
			}
			if v > 7 {
				break // only leaves the select
			}
			sum += v
		case <-quit:
			break Loop
		}
	}
	fmt.Println("sum of odd values up to 7:", sum, "skipped evens:", skipped)

	// Labelled continue of an outer loop from a select in an inner loop.
	pairs := 0
Outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			ready := make(chan int, 1)
			ready <- i + j
			select {
			case s := <-ready:
				if s > 2 {
					continue Outer
				}
				pairs++
			}
		}
	}
	fmt.Println("pairs with sum <= 2:", pairs)
}
