// A producer and a consumer on a buffered channel, both printing: the producer fills the buffer before the consumer runs.
package main

import "fmt"

func produce(jobs chan<- int, n int) {
	for i := 1; i <= n; i++ {
		fmt.Println("sent", i)
		jobs <- i
	}
	close(jobs)
	fmt.Println("sent all")
}

func main() {
	jobs := make(chan int, 3)
	done := make(chan bool)
	go produce(jobs, 8)
	go func() {
		for j := range jobs {
			fmt.Println("received", j)
		}
		done <- true
	}()
	<-done
}
