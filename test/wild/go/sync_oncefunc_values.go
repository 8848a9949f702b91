// Go 1.21 sync docs style: OnceFunc, OnceValue, OnceValues under concurrency, and a panicking OnceFunc
package main

import (
	"errors"
	"fmt"
	"strconv"
	"sync"
)

func main() {
	calls := 0
	setup := sync.OnceFunc(func() {
		calls++
		fmt.Println("setup runs once")
	})
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			setup()
		}()
	}
	wg.Wait()
	setup()
	fmt.Println("setup calls:", calls)

	computed := 0
	table := sync.OnceValue(func() []int {
		computed++
		sq := make([]int, 6)
		for i := range sq {
			sq[i] = i * i
		}
		return sq
	})
	sums := make([]int, 4)
	for i := range sums {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, v := range table() {
				sums[i] += v + i
			}
		}()
	}
	wg.Wait()
	fmt.Println("sums:", sums, "computed:", computed)

	parsePort := sync.OnceValues(func() (int, error) {
		fmt.Println("parsing port")
		return strconv.Atoi("80x")
	})
	for range 2 {
		p, err := parsePort()
		var ne *strconv.NumError
		fmt.Println(p, err, errors.As(err, &ne))
	}

	// if f panics, every call panics with the same value
	boom := sync.OnceFunc(func() { panic("init failed") })
	for i := 1; i <= 2; i++ {
		func() {
			defer func() { fmt.Printf("call %d recovered: %v\n", i, recover()) }()
			boom()
		}()
	}

	var once sync.Once
	for _, msg := range []string{"first", "second"} {
		once.Do(func() { fmt.Println("classic Once ran with", msg) })
	}
}
