// Fan-in of three generators into one channel: the order the merged values arrive in.
package main

import "fmt"

func generate(name string, n int) <-chan string {
	out := make(chan string)
	go func() {
		for i := 0; i < n; i++ {
			out <- fmt.Sprintf("%s %d", name, i)
		}
		close(out)
	}()
	return out
}

func merge(inputs ...<-chan string) <-chan string {
	merged := make(chan string)
	remaining := make(chan bool)
	for _, in := range inputs {
		go func(in <-chan string) {
			for v := range in {
				merged <- v
			}
			remaining <- true
		}(in)
	}
	go func() {
		for range inputs {
			<-remaining
		}
		close(merged)
	}()
	return merged
}

func main() {
	for v := range merge(generate("a", 3), generate("b", 3), generate("c", 3)) {
		fmt.Println(v)
	}
}
