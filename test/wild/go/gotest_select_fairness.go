// Go test/chan style: select picks uniformly among ready cases; check both are chosen often
package main

import "fmt"

func main() {
	a := make(chan int, 1)
	b := make(chan int, 1)
	counts := [2]int{}
	const rounds = 20000
	for i := 0; i < rounds; i++ {
		a <- 1
		b <- 2
		select {
		case <-a:
			counts[0]++
			<-b
		case <-b:
			counts[1]++
			<-a
		}
	}
	fmt.Println("total:", counts[0]+counts[1])
	fair := counts[0] > rounds/4 && counts[1] > rounds/4
	fmt.Println("both cases chosen often:", fair)

	// send cases too
	c := make(chan int, rounds)
	d := make(chan int, rounds)
	for i := 0; i < rounds; i++ {
		select {
		case c <- i:
		case d <- i:
		}
	}
	fmt.Println("sent:", len(c)+len(d), "fair:", len(c) > rounds/4 && len(d) > rounds/4)
	if !fair {
		panic("unfair select")
	}
}
