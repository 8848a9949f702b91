// math/rand as the Go concurrency talks use it: rand.Intn for random sleeps in "boring"
// generators, plus the facts every run shares (ranges, a seeded generator repeating itself,
// a permutation, a shuffle keeping its elements); nothing printed depends on the numbers drawn.
package main

import (
	"fmt"
	"math/rand"
	"sort"
	"time"
)

func boring(msg string) <-chan string {
	c := make(chan string)
	go func() {
		for i := 0; ; i++ {
			c <- fmt.Sprintf("%s %d", msg, i)
			time.Sleep(time.Duration(rand.Intn(1e3)) * time.Microsecond)
		}
	}()
	return c
}

func main() {
	joe := boring("Joe")
	for i := 0; i < 3; i++ {
		fmt.Println(<-joe)
	}
	inRange := true
	for i := 0; i < 1000; i++ {
		n := rand.Intn(10)
		f := rand.Float64()
		k := rand.Int63n(1 << 40)
		inRange = inRange && n >= 0 && n < 10 && f >= 0 && f < 1 && k >= 0 && k < 1<<40
	}
	fmt.Println("all in range:", inRange)

	a := rand.New(rand.NewSource(7))
	b := rand.New(rand.NewSource(7))
	same := true
	for i := 0; i < 20; i++ {
		same = same && a.Intn(100) == b.Intn(100)
	}
	fmt.Println("same seed, same sequence:", same)

	p := rand.Perm(6)
	sort.Ints(p)
	fmt.Println("perm:", p)
	cards := []string{"A", "K", "Q", "J"}
	rand.Shuffle(len(cards), func(i, j int) { cards[i], cards[j] = cards[j], cards[i] })
	sort.Strings(cards)
	fmt.Println("shuffled:", cards)

	defer func() { fmt.Println("recovered:", recover()) }()
	rand.Intn(0)
}
