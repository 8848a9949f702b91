// Sending on a closed channel panics: "panic: send on closed channel", exit code 2.
// Deferred calls of main still run first.
package main

import "fmt"

func submit(jobs chan<- int, id int) {
	fmt.Println("submitting", id)
	jobs <- id
}

func main() {
	defer fmt.Println("deferred in main runs before the crash")
	jobs := make(chan int, 3)
	submit(jobs, 1)
	submit(jobs, 2)
	close(jobs)
	for j := range jobs {
		fmt.Println("job", j)
	}
	v, ok := <-jobs
	fmt.Println("after drain:", v, ok)
	submit(jobs, 3)
	fmt.Println("never printed")
}
