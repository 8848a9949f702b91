// Blog style: "block forever" with an empty select after the workers finish -> deadlock (exit 2)
package main

import "fmt"

func main() {
	out := make(chan string)
	for i := 1; i <= 3; i++ {
		go func() {
			out <- fmt.Sprintf("worker %d reporting", i)
		}()
	}
	got := map[string]bool{}
	for i := 0; i < 3; i++ {
		got[<-out] = true
	}
	for i := 1; i <= 3; i++ {
		fmt.Println(fmt.Sprintf("worker %d reporting", i), got[fmt.Sprintf("worker %d reporting", i)])
	}
	fmt.Println("serving forever...")
	select {} // meant to keep a server alive, but nothing else is running
}
