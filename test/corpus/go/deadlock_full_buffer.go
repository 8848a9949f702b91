// A buffered channel that fills up with no receiver blocks the sender. First a queue
// that a consumer drains works; then main deadlocks on the fourth send of a full queue.
package main

import "fmt"

func drain(queue <-chan string, done chan<- int) {
	n := 0
	for range queue {
		n++
	}
	done <- n
}

func main() {
	queue := make(chan string, 3)
	done := make(chan int)
	go drain(queue, done)
	for _, task := range []string{"a", "b", "c", "d", "e"} {
		queue <- task
	}
	close(queue)
	fmt.Println("drained", <-done, "tasks")

	queue = make(chan string, 3)
	for _, task := range []string{"wash", "dry", "fold", "iron"} {
		fmt.Println("queueing", task, "len", len(queue), "cap", cap(queue))
		queue <- task
	}
	fmt.Println("never printed")
}
