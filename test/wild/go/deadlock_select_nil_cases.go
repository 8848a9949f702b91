// StackOverflow-question style: a merge loop sets each input to nil once it is closed and reports when both are done, but forgets to break, so the next select has only nil cases and the program deadlocks
package main

import "fmt"

func source(name string, n int) <-chan string {
	ch := make(chan string)
	go func() {
		defer close(ch)
		for i := 1; i <= n; i++ {
			ch <- fmt.Sprintf("%s%d", name, i)
		}
	}()
	return ch
}

func main() {
	a, b := source("a", 3), source("b", 2)
	var fromA, fromB []string
	for {
		select {
		case v, ok := <-a:
			if ok {
				fromA = append(fromA, v)
			} else {
				a = nil
			}
		case v, ok := <-b:
			if ok {
				fromB = append(fromB, v)
			} else {
				b = nil
			}
		}
		if a == nil && b == nil {
			fmt.Println("both inputs closed:", fromA, fromB)
			// Bug: a `break` (or return) belongs here.
		}
	}
}
