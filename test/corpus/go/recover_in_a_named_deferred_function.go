// A named function deferred with `defer logPanic(name)` can recover, because the deferred call calls it directly; the same function called normally, or a helper it calls, gets nil from recover()
package main

import (
	"fmt"
	"sync"
)

func logPanic(job string) {
	if r := recover(); r != nil {
		fmt.Printf("job %s failed: %v\n", job, r)
	}
}

func peek() any {
	return recover()
}

func tryPeek() {
	if r := peek(); r != nil {
		fmt.Println("peek recovered, which Go never allows:", r)
	}
}

func runJob(job string, wg *sync.WaitGroup, results chan<- string) {
	defer wg.Done()
	defer logPanic(job)
	if job == "divide" {
		zero := 0
		fmt.Println(10 / zero)
	}
	if job == "lookup" {
		var m map[string][]int
		fmt.Println(m["x"][3])
	}
	results <- job + " ok"
}

func main() {
	logPanic("not deferred")
	jobs := []string{"copy", "divide", "lookup"}
	results := make(chan string, len(jobs))
	var wg sync.WaitGroup
	for _, job := range jobs {
		// one job at a time, so that the report keeps the jobs' order
		wg.Add(1)
		go runJob(job, &wg, results)
		wg.Wait()
	}
	close(results)
	for r := range results {
		fmt.Println(r)
	}

	defer fmt.Println("main ends after the panic stopped")
	defer tryPeek()
	defer logPanic("main")
	panic("main gives up")
}
