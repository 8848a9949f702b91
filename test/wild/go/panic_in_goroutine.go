// Blog style: a panic inside a worker goroutine is not recoverable by main's defer (exit 2)
package main

import (
	"fmt"
	"os"
)

type Task struct {
	Name    string
	Divisor int
}

func run(t Task, done chan<- string) {
	result := 100 / t.Divisor
	done <- fmt.Sprintf("%s -> %d", t.Name, result)
}

func main() {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("main recovered (never happens):", r)
			os.Exit(0)
		}
	}()
	tasks := []Task{{"quarter", 4}, {"half", 2}, {"broken", 0}}
	done := make(chan string)
	for _, t := range tasks[:2] {
		go run(t, done)
		fmt.Println(<-done)
	}
	go run(tasks[2], done)
	fmt.Println(<-done)
}
