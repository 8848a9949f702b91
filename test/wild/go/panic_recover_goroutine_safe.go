// Blog style: a safeGo wrapper that recovers panics inside goroutines and reports them as errors
package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

type PanicError struct {
	Task  string
	Value any
}

func (p *PanicError) Error() string { return fmt.Sprintf("task %s panicked: %v", p.Task, p.Value) }

func safeGo(wg *sync.WaitGroup, name string, errs chan<- error, f func() error) {
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer func() {
			if r := recover(); r != nil {
				errs <- &PanicError{Task: name, Value: r}
			}
		}()
		if err := f(); err != nil {
			errs <- fmt.Errorf("task %s: %w", name, err)
		}
	}()
}

var ErrSoft = errors.New("soft failure")

func main() {
	errs := make(chan error, 10)
	var wg sync.WaitGroup
	var nilMap map[string]int
	var arr []int
	safeGo(&wg, "ok", errs, func() error { return nil })
	safeGo(&wg, "soft", errs, func() error { return ErrSoft })
	safeGo(&wg, "explicit", errs, func() error { panic("something went wrong") })
	safeGo(&wg, "index", errs, func() error { _ = arr[3]; return nil })
	safeGo(&wg, "nilmap", errs, func() error { nilMap["x"] = 1; return nil })
	safeGo(&wg, "divide", errs, func() error {
		zero := 0
		_ = 10 / zero
		return nil
	})
	safeGo(&wg, "custom", errs, func() error { panic(fmt.Errorf("wrapped: %w", ErrSoft)) })
	wg.Wait()
	close(errs)

	var msgs []string
	panics, soft := 0, 0
	for err := range errs {
		msgs = append(msgs, err.Error())
		var pe *PanicError
		if errors.As(err, &pe) {
			panics++
			if re, ok := pe.Value.(error); ok && errors.Is(re, ErrSoft) {
				soft++
			}
		} else if errors.Is(err, ErrSoft) {
			soft++
		}
	}
	sort.Strings(msgs)
	for _, m := range msgs {
		fmt.Println(m)
	}
	fmt.Printf("panics=%d soft=%d\n", panics, soft)

	// recover only works in the deferred function itself
	func() {
		defer func() {
			helper := func() any { return recover() }
			fmt.Println("helper recover:", helper())
			fmt.Println("direct recover:", recover())
		}()
		panic("outer")
	}()
	fmt.Println("program continues")
}
