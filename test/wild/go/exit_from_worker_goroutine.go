// Blog style: a worker goroutine hits a fatal config error and calls os.Exit(5) while main is blocked; main's defers do not run
package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
)

type setting struct {
	key, raw string
}

func worker(in <-chan setting, out chan<- string) {
	for s := range in {
		n, err := strconv.Atoi(s.raw)
		if err != nil {
			fmt.Printf("worker: fatal: %s=%q: %v\n", s.key, s.raw, err)
			os.Exit(5)
		}
		out <- fmt.Sprintf("%s=%d", s.key, n)
	}
	close(out)
}

func main() {
	defer fmt.Println("main deferred (never printed)")
	cfg := "workers=4;retries=3;timeout=30s;port=8080"
	in := make(chan setting)
	out := make(chan string)
	go worker(in, out)
	for _, part := range strings.Split(cfg, ";") {
		k, v, _ := strings.Cut(part, "=")
		in <- setting{k, v}
		fmt.Println("main: applied", <-out)
	}
	close(in)
	for range out {
	}
	fmt.Println("not reached")
}
