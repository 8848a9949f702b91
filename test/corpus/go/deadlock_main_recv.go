// main waits on a channel nobody will ever send on:
// "fatal error: all goroutines are asleep - deadlock!", exit code 2.
package main

import "fmt"

func main() {
	results := make(chan int)
	start := make(chan struct{})
	go func() {
		<-start
		sum := 0
		for i := 1; i <= 10; i++ {
			sum += i
		}
		fmt.Println("computed", sum, "but forgot to send it")
	}()
	fmt.Println("waiting for the result")
	close(start)
	v := <-results
	fmt.Println("never printed", v)
}
