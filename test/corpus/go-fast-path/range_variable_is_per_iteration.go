package main

import "fmt"

func main() {
	ch := make(chan string, 3)
	ch <- "a"
	ch <- "b"
	ch <- "c"
	close(ch)
	var prints []func()
	for s := range ch {
		prints = append(prints, func() { fmt.Println(s) })
	}
	for _, p := range prints {
		p()
	}

	// The same when every value has to be waited for.
	unbuffered := make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			unbuffered <- i * 10
		}
		close(unbuffered)
	}()
	var gets []func() int
	for n := range unbuffered {
		gets = append(gets, func() int { return n })
	}
	for _, g := range gets {
		fmt.Println(g())
	}
}
