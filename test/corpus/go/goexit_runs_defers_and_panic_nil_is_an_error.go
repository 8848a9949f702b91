// runtime.Goexit runs the goroutine's deferred calls (recover sees nil) and ends it; panic(nil) recovers as *runtime.PanicNilError; main's Goexit waits for the others, then dies.
package main

import (
	"errors"
	"fmt"
	"runtime"
	"sync"
)

func worker(id int, results chan<- string, wg *sync.WaitGroup) {
	defer wg.Done()
	defer func() {
		results <- fmt.Sprintf("worker %d cleanup, recover=%v", id, recover())
	}()
	if id%2 == 0 {
		stop(id, results)
	}
	results <- fmt.Sprintf("worker %d finished normally", id)
}

func stop(id int, results chan<- string) {
	defer func() { results <- fmt.Sprintf("worker %d: stop's own defer", id) }()
	runtime.Goexit()
}

func safely(f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok {
				err = e
				return
			}
			err = fmt.Errorf("panic: %v", r)
		}
	}()
	f()
	return nil
}

func main() {
	results := make(chan string, 16)
	var wg sync.WaitGroup
	for id := 1; id <= 2; id++ {
		wg.Add(1)
		go worker(id, results, &wg)
		wg.Wait()
	}
	close(results)
	for line := range results {
		fmt.Println(line)
	}

	err := safely(func() { panic(nil) })
	var pne *runtime.PanicNilError
	fmt.Printf("%T %v as=%v\n", err, err, errors.As(err, &pne))
	var rerr runtime.Error
	fmt.Println("runtime.Error:", errors.As(err, &rerr))
	fmt.Println(safely(func() { panic("plain") }), safely(func() {}))

	done := make(chan struct{})
	go func() {
		defer close(done)
		fmt.Println("background goroutine still runs after main's Goexit")
	}()
	defer fmt.Println("main's deferred call runs")
	runtime.Goexit()
	fmt.Println("not reached")
}
