// The Tour's web crawler: a named map type implements an interface, and a struct with an embedded mutex guards the visits.
package main

import (
	"fmt"
	"sort"
	"sync"
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
	"https://golang.org/": &fakeResult{
		"The Go Programming Language",
		[]string{"https://golang.org/pkg/", "https://golang.org/cmd/"},
	},
	"https://golang.org/pkg/": &fakeResult{
		"Packages",
		[]string{"https://golang.org/", "https://golang.org/pkg/fmt/"},
	},
	"https://golang.org/pkg/fmt/": &fakeResult{
		"Package fmt",
		[]string{"https://golang.org/", "https://golang.org/pkg/"},
	},
}

type visits struct {
	sync.Mutex
	seen map[string]string
}

func Crawl(url string, depth int, f Fetcher, v *visits, wg *sync.WaitGroup) {
	defer wg.Done()
	if depth <= 0 {
		return
	}
	v.Lock()
	if _, done := v.seen[url]; done {
		v.Unlock()
		return
	}
	v.seen[url] = "pending"
	v.Unlock()
	body, urls, err := f.Fetch(url)
	v.Lock()
	if err != nil {
		v.seen[url] = err.Error()
	} else {
		v.seen[url] = body
	}
	v.Unlock()
	for _, u := range urls {
		wg.Add(1)
		go Crawl(u, depth-1, f, v, wg)
	}
}

func main() {
	v := &visits{seen: map[string]string{}}
	var wg sync.WaitGroup
	wg.Add(1)
	go Crawl("https://golang.org/", 4, fetcher, v, &wg)
	wg.Wait()
	urls := make([]string, 0, len(v.seen))
	for u := range v.seen {
		urls = append(urls, u)
	}
	sort.Strings(urls)
	for _, u := range urls {
		fmt.Printf("%s -> %q\n", u, v.seen[u])
	}
}
