// Pike "Go Concurrency Patterns" style: Google Search 1.0 (sequential), 2.0 (fan-in) and 2.1 (fan-in with a global timeout) over fake searches with fixed latencies
package main

import (
	"fmt"
	"sort"
	"time"
)

type Result string

type Search func(query string) Result

func fakeSearch(kind string, latency time.Duration) Search {
	return func(query string) Result {
		time.Sleep(latency)
		return Result(fmt.Sprintf("%s result for %q", kind, query))
	}
}

var (
	Web   = fakeSearch("web", 10*time.Millisecond)
	Image = fakeSearch("image", 20*time.Millisecond)
	Video = fakeSearch("video", 30*time.Millisecond)
	Slow  = fakeSearch("slow-video", 600*time.Millisecond)
)

func Google10(query string) (results []Result) {
	results = append(results, Web(query))
	results = append(results, Image(query))
	results = append(results, Video(query))
	return
}

func Google20(query string) (results []Result) {
	c := make(chan Result)
	go func() { c <- Web(query) }()
	go func() { c <- Image(query) }()
	go func() { c <- Video(query) }()
	for i := 0; i < 3; i++ {
		results = append(results, <-c)
	}
	return
}

func Google21(query string, video Search) (results []Result, timedOut bool) {
	c := make(chan Result, 3)
	go func() { c <- Web(query) }()
	go func() { c <- Image(query) }()
	go func() { c <- video(query) }()
	timeout := time.After(200 * time.Millisecond)
	for i := 0; i < 3; i++ {
		select {
		case r := <-c:
			results = append(results, r)
		case <-timeout:
			return results, true
		}
	}
	return results, false
}

func show(title string, rs []Result) {
	sorted := append([]Result(nil), rs...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i] < sorted[j] })
	fmt.Printf("%s (%d results)\n", title, len(rs))
	for _, r := range sorted {
		fmt.Println("   ", r)
	}
}

func main() {
	start := time.Now()
	r := Google10("golang")
	seq := time.Since(start)
	show("Google 1.0", r)
	fmt.Println("1.0 took at least 60ms:", seq >= 60*time.Millisecond)

	start = time.Now()
	r = Google20("golang")
	par := time.Since(start)
	show("Google 2.0", r)
	fmt.Println("2.0 took at least 30ms:", par >= 30*time.Millisecond, "and well under 1.0 plus slack:", par < 300*time.Millisecond)

	r, to := Google21("golang", Video)
	show("Google 2.1 fast", r)
	fmt.Println("timed out:", to)

	r, to = Google21("golang", Slow)
	show("Google 2.1 slow video", r)
	fmt.Println("timed out:", to)
}
