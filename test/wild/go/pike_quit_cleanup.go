// Pike "Go Concurrency Patterns" style: quit channel with a round-trip goodbye for cleanup
package main

import "fmt"

func cleanup() string { return "See you!" }

func boring(msg string, quit chan string) <-chan string {
	c := make(chan string)
	go func() {
		for i := 0; ; i++ {
			select {
			case c <- fmt.Sprintf("%s: %d", msg, i):
			case <-quit:
				quit <- cleanup()
				return
			}
		}
	}()
	return c
}

func main() {
	quit := make(chan string)
	c := boring("Joe", quit)
	for i := 0; i < 4; i++ {
		fmt.Println(<-c)
	}
	quit <- "Bye!"
	fmt.Printf("Joe says: %q\n", <-quit)
}
