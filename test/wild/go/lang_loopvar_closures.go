// Go 1.22 release notes style: per-iteration loop variables captured by closures and goroutines
package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	var funcs []func() int
	for i := 0; i < 3; i++ {
		funcs = append(funcs, func() int { return i * 10 })
	}
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	var ptrs []*string
	for _, s := range []string{"a", "b", "c"} {
		ptrs = append(ptrs, &s)
	}
	for _, p := range ptrs {
		fmt.Print(*p, " ")
	}
	fmt.Println()

	// modifying the variable in the body is seen by the post statement of the same iteration
	for i := 0; i < 10; i++ {
		if i%3 == 0 {
			i++
		}
		fmt.Print(i, " ")
	}
	fmt.Println()

	// range over an integer (Go 1.22)
	results := make([]int, 5)
	var wg sync.WaitGroup
	for i := range 5 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = i * i
		}()
	}
	wg.Wait()
	fmt.Println(results)

	var mu sync.Mutex
	var seen []string
	for idx, name := range []string{"x", "y", "z"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			seen = append(seen, fmt.Sprintf("%d:%s", idx, name))
			mu.Unlock()
		}()
	}
	wg.Wait()
	sort.Strings(seen)
	fmt.Println(seen)

	// the old workaround still works and is harmless
	var old []func() string
	for _, w := range []string{"p", "q"} {
		w := w
		old = append(old, func() string { return w + w })
	}
	fmt.Println(old[0](), old[1]())

	counter := 0
	inc := func() int { counter++; return counter }
	for range 3 {
		inc()
	}
	fmt.Println("counter:", counter)
}
