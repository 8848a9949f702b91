// Function values that block, called through a named function type, a struct field, a map,
// a method value, a slice element (`replicas[i](query)`, the concurrency talk's First) and a
// slice of funcs: every call is awaited, so results are values, never Promises.
package main

import (
	"fmt"
	"time"
)

type Result string
type Search func(query string) Result

func fakeSearch(kind string) Search {
	return func(query string) Result {
		time.Sleep(time.Millisecond)
		return Result(fmt.Sprintf("%s result for %q", kind, query))
	}
}

type engine struct {
	name string
	run  Search
}

type cache struct{ hits chan int }

func (c *cache) lookup(q string) Result {
	c.hits <- len(q)
	return Result("cached " + q)
}

func first(query string, replicas ...Search) Result {
	c := make(chan Result, len(replicas))
	searchReplica := func(i int) { c <- replicas[i](query) }
	for i := range replicas {
		go searchReplica(i)
	}
	return <-c
}

func main() {
	web := fakeSearch("web")
	fmt.Println(web("golang"))
	e := engine{name: "image", run: fakeSearch("image")}
	fmt.Println(e.name, "->", e.run("gopher"))
	byKind := map[string]Search{"video": fakeSearch("video")}
	fmt.Println(byKind["video"]("talk"))
	c := &cache{hits: make(chan int, 1)}
	look := c.lookup
	fmt.Println(look("chan"), <-c.hits)
	fmt.Println(first("x", fakeSearch("replica"), fakeSearch("replica")))
	pipeline := []func(int) int{
		func(n int) int { return n + 1 },
		func(n int) int {
			ch := make(chan int, 1)
			ch <- n * 10
			return <-ch
		},
	}
	v := 1
	for _, step := range pipeline {
		v = step(v)
	}
	fmt.Println("pipeline:", v)
}
