// StackOverflow-question style: producer forgets close(ch), consumer's range never ends (exit 2)
package main

import "fmt"

func produce(ch chan<- string, items []string) {
	for _, it := range items {
		ch <- it
	}
	// missing: close(ch)
}

func main() {
	ch := make(chan string)
	go produce(ch, []string{"alpha", "beta", "gamma"})
	for s := range ch {
		fmt.Println("got", s)
	}
	fmt.Println("finished")
}
