// "Concurrency in Go" book style: goroutines send Result{Error, Response} so the caller decides; stop after too many errors
package main

import (
	"errors"
	"fmt"
	"strings"
)

var ErrNotFound = errors.New("not found")

type Response struct {
	URL    string
	Status int
	Size   int
}

type Result struct {
	Error    error
	Response *Response
}

var fakeWeb = map[string]string{
	"https://go.dev":          "<html>go</html>",
	"https://pkg.go.dev":      "<html>packages for go</html>",
	"https://example.com/a":   "aaaa",
	"https://blog.golang.org": strings.Repeat("blog ", 20),
}

func get(url string) (*Response, error) {
	if !strings.HasPrefix(url, "https://") {
		return nil, fmt.Errorf("get %q: unsupported scheme", url)
	}
	body, ok := fakeWeb[url]
	if !ok {
		return nil, fmt.Errorf("get %q: %w", url, ErrNotFound)
	}
	return &Response{URL: url, Status: 200, Size: len(body)}, nil
}

func checkStatus(done <-chan struct{}, urls ...string) <-chan Result {
	results := make(chan Result)
	go func() {
		defer close(results)
		for _, url := range urls {
			resp, err := get(url)
			select {
			case <-done:
				return
			case results <- Result{Error: err, Response: resp}:
			}
		}
	}()
	return results
}

func main() {
	done := make(chan struct{})
	urls := []string{"https://go.dev", "ftp://old.example", "https://pkg.go.dev", "https://missing.example",
		"https://example.com/a", "http://plain", "https://blog.golang.org", "https://never.reached"}
	errCount, notFound := 0, 0
	for result := range checkStatus(done, urls...) {
		if result.Error != nil {
			errCount++
			if errors.Is(result.Error, ErrNotFound) {
				notFound++
			}
			fmt.Printf("error: %v\n", result.Error)
			if errCount >= 3 {
				fmt.Println("too many errors, breaking")
				break
			}
			continue
		}
		r := result.Response
		fmt.Printf("response: %-24s %d %4d bytes\n", r.URL, r.Status, r.Size)
	}
	close(done)
	fmt.Printf("errors=%d notFound=%d\n", errCount, notFound)
	fmt.Printf("%+v\n", Result{Response: &Response{"x", 404, 0}}.Response)
}
