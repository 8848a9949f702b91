// Go test/chan style: select fairness over three always-ready cases (two receives and one send), counts checked with wide margins
package main

import "fmt"

const rounds = 30000

func main() {
	a := make(chan int, 1)
	b := make(chan int, 1)
	sink := make(chan int, 1)
	var got [3]int
	for i := 0; i < rounds; i++ {
		if len(a) == 0 {
			a <- 1
		}
		if len(b) == 0 {
			b <- 2
		}
		if len(sink) == 1 {
			<-sink
		}
		select {
		case <-a:
			got[0]++
		case <-b:
			got[1]++
		case sink <- 3:
			got[2]++
		}
	}
	total := 0
	for i, n := range got {
		total += n
		// each case should get roughly one third; accept anything from a fifth to a half
		ok := n > rounds/5 && n < rounds/2
		fmt.Printf("case %d fair: %t\n", i, ok)
	}
	fmt.Println("total:", total)

	// two ready receives on the same channel still share nothing: one channel, two cases
	c := make(chan int, 1)
	var first, second int
	for i := 0; i < 10000; i++ {
		c <- i
		select {
		case <-c:
			first++
		case <-c:
			second++
		}
	}
	fmt.Println("same channel, both cases used:", first > 2000 && second > 2000, "sum:", first+second)
}
