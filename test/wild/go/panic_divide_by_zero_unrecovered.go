// Go by Example style: averages per bucket, one empty bucket divides by zero -> panic: runtime error: integer divide by zero (exit 2)
package main

import (
	"fmt"
	"sort"
)

func average(xs []int) int {
	sum := 0
	for _, x := range xs {
		sum += x
	}
	return sum / len(xs)
}

func safeAverage(xs []int) (avg int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return average(xs), nil
}

func main() {
	buckets := map[string][]int{
		"a": {3, 4, 5},
		"b": {10, 20},
		"c": {},
		"d": {7},
	}
	keys := make([]string, 0, len(buckets))
	for k := range buckets {
		keys = append(keys, k)
	}
	sort.Strings(keys)

	fmt.Println("-- safe pass --")
	for _, k := range keys {
		avg, err := safeAverage(buckets[k])
		fmt.Printf("%s: avg=%d err=%v\n", k, avg, err)
	}

	fmt.Println("-- fast pass --")
	results := make(chan string)
	printed := make(chan bool)
	go func() {
		for _, k := range keys {
			results <- fmt.Sprintf("%s: %d", k, average(buckets[k]))
			<-printed
		}
		close(results)
	}()
	for r := range results {
		fmt.Println(r)
		printed <- true
	}
	fmt.Println("not reached")
}
