package main

import "fmt"

func main() {
	a := make(chan int, 1)
	b := make(chan int, 1)
	counts := map[string]int{}
	const rounds = 20000
	for i := 0; i < rounds; i++ {
		a <- 1
		b <- 2
		select {
		case <-a:
			counts["a"]++
			<-b
		case <-b:
			counts["b"]++
			<-a
		}
	}
	fair := func(n int) bool { return n > rounds*45/100 && n < rounds*55/100 }
	fmt.Println("a fair:", fair(counts["a"]))
	fmt.Println("b fair:", fair(counts["b"]))
	fmt.Println("total:", counts["a"]+counts["b"])
}
