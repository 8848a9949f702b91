// Workers send results on a buffered channel; main prints them in arrival order, not in id order.
package main

import "fmt"

func square(id int, results chan<- string) {
	results <- fmt.Sprintf("worker %d: %d", id, id*id)
}

func main() {
	results := make(chan string, 5)
	for i := 1; i <= 5; i++ {
		go square(i, results)
	}
	for i := 0; i < 5; i++ {
		fmt.Println(<-results)
	}
}
