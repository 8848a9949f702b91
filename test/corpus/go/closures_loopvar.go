// Closures capture variables; since Go 1.22 each loop iteration has a fresh variable,
// so closures and goroutines started in a loop each see their own value.
package main

import (
	"fmt"
	"sort"
	"sync"
)

func makeAdders() []func(int) int {
	var adders []func(int) int
	for i := 0; i < 3; i++ {
		adders = append(adders, func(x int) int { return x + i })
	}
	return adders
}

func main() {
	for _, add := range makeAdders() {
		fmt.Print(add(10), " ")
	}
	fmt.Println()

	var prints []func()
	for _, s := range []string{"a", "b", "c"} {
		prints = append(prints, func() { fmt.Print(s) })
	}
	for _, p := range prints {
		p()
	}
	fmt.Println()

	for i := range 3 {
		defer func() { fmt.Println("deferred sees", i) }()
	}

	var mu sync.Mutex
	var wg sync.WaitGroup
	var seen []int
	for i := range 5 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			seen = append(seen, i*i)
			mu.Unlock()
		}()
	}
	wg.Wait()
	sort.Ints(seen)
	fmt.Println("goroutines saw:", seen)

	total := 0
	accumulate := func(n int) { total += n }
	for n := range 5 {
		accumulate(n)
	}
	fmt.Println("total:", total)

	// Loop variable changed in the body: the next iteration copies it.
	for i := 0; i < 6; i++ {
		if i%2 == 0 {
			i++
		}
		fmt.Print(i, ",")
	}
	fmt.Println()
}
