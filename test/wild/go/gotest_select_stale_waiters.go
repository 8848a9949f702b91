// Go test/chan style (select6, issue 2075): a goroutine woken from one select case must leave the wait queues of the other cases, so later plain sends reach only the real receivers
package main

import (
	"fmt"
	"sync"
)

func round(n int) (plain, viaSelect int) {
	c1 := make(chan int)
	c2 := make(chan bool)
	got := make(chan string, 2*n)
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(2)
		go func() {
			defer wg.Done()
			v := <-c1
			got <- fmt.Sprint("plain:", v)
		}()
		go func() {
			defer wg.Done()
			select {
			case <-c1:
				panic("select receiver took a value meant for after c2")
			case <-c2:
			}
			v := <-c1
			got <- fmt.Sprint("after-select:", v)
		}()
	}
	for i := 0; i < n; i++ {
		c2 <- true
	}
	for i := 0; i < 2*n; i++ {
		c1 <- i
	}
	wg.Wait()
	close(got)
	for s := range got {
		if s[0] == 'p' {
			plain++
		} else {
			viaSelect++
		}
	}
	return plain, viaSelect
}

func main() {
	for _, n := range []int{1, 2, 5, 50} {
		p, s := round(n)
		fmt.Printf("n=%d plain=%d after-select=%d\n", n, p, s)
	}

	// The exact shape of the original test: three channels, one dummy receiver.
	c1 := make(chan bool)
	c2 := make(chan bool)
	c3 := make(chan bool)
	done := make(chan string, 2)
	go func() { <-c1; done <- "dummy receiver" }()
	go func() {
		select {
		case <-c1:
			panic("dummy")
		case <-c2:
			c3 <- true
		}
		<-c1
		done <- "select goroutine"
	}()
	go func() { c2 <- true }()
	<-c3
	c1 <- true
	c1 <- true
	a, b := <-done, <-done
	fmt.Println("both finished:", a != b)

	// A select that loses on every round many times in a row must not pile up stale entries.
	ready := make(chan int, 1)
	never := make(chan int)
	total := 0
	for i := 0; i < 1000; i++ {
		ready <- i
		select {
		case v := <-ready:
			total += v
		case v := <-never:
			total -= v
		}
	}
	go func() { never <- 7 }()
	fmt.Println("total", total, "then never delivers", <-never)
}
