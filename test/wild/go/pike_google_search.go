// Pike "Go Concurrency Patterns" style: Google Search 3.0 with fake backends, replicas and timeouts
package main

import (
	"fmt"
	"time"
)

type Result string
type Search func(query string) Result

func fakeSearch(kind string, delay time.Duration) Search {
	return func(query string) Result {
		time.Sleep(delay)
		return Result(fmt.Sprintf("%s result for %q", kind, query))
	}
}

func First(query string, replicas ...Search) Result {
	c := make(chan Result, len(replicas))
	searchReplica := func(i int) { c <- replicas[i](query) }
	for i := range replicas {
		go searchReplica(i)
	}
	return <-c
}

func Google(query string) (results []Result) {
	web := make(chan Result, 1)
	image := make(chan Result, 1)
	video := make(chan Result, 1)
	go func() {
		web <- First(query, fakeSearch("web", 2*time.Millisecond), fakeSearch("web", 3*time.Millisecond))
	}()
	go func() {
		image <- First(query, fakeSearch("image", time.Millisecond), fakeSearch("image", 400*time.Millisecond))
	}()
	go func() { video <- fakeSearch("video", 600*time.Millisecond)(query) }()

	timeout := time.After(150 * time.Millisecond)
	got := map[string]Result{}
	for i := 0; i < 3; i++ {
		select {
		case r := <-web:
			got["web"] = r
		case r := <-image:
			got["image"] = r
		case r := <-video:
			got["video"] = r
		case <-timeout:
			fmt.Println("timed out")
			i = 3
		}
	}
	for _, k := range []string{"web", "image", "video"} {
		if r, ok := got[k]; ok {
			results = append(results, r)
		}
	}
	return
}

func main() {
	results := Google("golang")
	for _, r := range results {
		fmt.Println(r)
	}
	fmt.Println(len(results), "results")
}
