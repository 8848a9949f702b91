// A Tour of Go "Web Crawler" exercise, the channel-only solution: one master goroutine owns the visited map, fetch workers report back on a channel, the master counts outstanding work to know when to stop
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Fetcher interface {
	Fetch(url string) (body string, urls []string, err error)
}

type fakeResult struct {
	body string
	urls []string
}

type fakeFetcher map[string]*fakeResult

func (f fakeFetcher) Fetch(url string) (string, []string, error) {
	if res, ok := f[url]; ok {
		return res.body, res.urls, nil
	}
	return "", nil, fmt.Errorf("not found: %s", url)
}

var fetcher = fakeFetcher{
	"https://golang.org/": &fakeResult{"The Go Programming Language",
		[]string{"https://golang.org/pkg/", "https://golang.org/cmd/"}},
	"https://golang.org/pkg/": &fakeResult{"Packages",
		[]string{"https://golang.org/", "https://golang.org/cmd/", "https://golang.org/pkg/fmt/", "https://golang.org/pkg/os/"}},
	"https://golang.org/pkg/fmt/": &fakeResult{"Package fmt",
		[]string{"https://golang.org/", "https://golang.org/pkg/"}},
	"https://golang.org/pkg/os/": &fakeResult{"Package os",
		[]string{"https://golang.org/", "https://golang.org/pkg/", "https://golang.org/pkg/os/exec/"}},
}

type found struct {
	url   string
	depth int
	body  string
	urls  []string
	err   error
}

func worker(url string, depth int, f Fetcher, out chan<- found) {
	body, urls, err := f.Fetch(url)
	out <- found{url, depth, body, urls, err}
}

func Crawl(start string, depth int, f Fetcher) (pages []string, errs []string) {
	results := make(chan found)
	visited := map[string]bool{start: true}
	pending := 1
	go worker(start, depth, f, results)
	for pending > 0 {
		r := <-results
		pending--
		if r.err != nil {
			errs = append(errs, r.err.Error())
			continue
		}
		pages = append(pages, fmt.Sprintf("%s %q (depth left %d)", r.url, r.body, r.depth))
		if r.depth <= 1 {
			continue
		}
		for _, u := range r.urls {
			if !visited[u] {
				visited[u] = true
				pending++
				go worker(u, r.depth-1, f, results)
			}
		}
	}
	sort.Strings(pages)
	sort.Strings(errs)
	return pages, errs
}

func main() {
	for _, depth := range []int{1, 2, 4} {
		pages, errs := Crawl("https://golang.org/", depth, fetcher)
		fmt.Printf("== depth %d: %d pages, %d errors\n", depth, len(pages), len(errs))
		for _, p := range pages {
			fmt.Println("found:", strings.TrimPrefix(p, "https://golang.org"))
		}
		for _, e := range errs {
			fmt.Println("error:", e)
		}
	}
	pages, errs := Crawl("https://example.com/", 3, fetcher)
	fmt.Println(len(pages), errs)
}
