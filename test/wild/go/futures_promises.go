// Blog style: futures as functions returning a buffered channel, awaited later in a fixed order
package main

import (
	"fmt"
	"strings"
	"time"
)

type Future[T any] <-chan T

func Async[T any](f func() T) Future[T] {
	ch := make(chan T, 1)
	go func() {
		ch <- f()
	}()
	return ch
}

func (f Future[T]) Await() T { return <-f }

type profile struct {
	name    string
	friends []string
}

func slowUpper(s string, d time.Duration) func() string {
	return func() string {
		time.Sleep(d)
		return strings.ToUpper(s)
	}
}

func main() {
	a := Async(slowUpper("first", 15*time.Millisecond))
	b := Async(slowUpper("second", 1*time.Millisecond))
	c := Async(func() int {
		s := 0
		for i := 1; i <= 1000; i++ {
			s += i
		}
		return s
	})
	p := Async(func() profile { return profile{"gopher", []string{"ken", "rob"}} })

	// awaited in program order regardless of which finished first
	fmt.Println(a.Await())
	fmt.Println(b.Await())
	fmt.Println(c.Await())
	pr := p.Await()
	fmt.Printf("%s has %d friends: %v\n", pr.name, len(pr.friends), pr.friends)

	futures := make([]Future[int], 5)
	for i := range futures {
		futures[i] = Async(func() int {
			time.Sleep(time.Duration(5-i) * time.Millisecond)
			return i * i * i
		})
	}
	for i, f := range futures {
		fmt.Printf("cube(%d) = %d\n", i, f.Await())
	}
}
