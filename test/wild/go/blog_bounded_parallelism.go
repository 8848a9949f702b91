// Go blog "Pipelines" style: MD5All with a fixed number of digesters over an in-memory file set
package main

import (
	"crypto/md5"
	"errors"
	"fmt"
	"sort"
	"sync"
)

var files = map[string]string{
	"a.txt":       "hello",
	"b.txt":       "world",
	"dir/c.txt":   "gopher",
	"dir/d.txt":   "",
	"dir/e/f.txt": "the quick brown fox",
	"g.txt":       "hello",
}

type result struct {
	path string
	sum  [md5.Size]byte
	err  error
}

func walkFiles(done <-chan struct{}) (<-chan string, <-chan error) {
	paths := make(chan string)
	errc := make(chan error, 1)
	go func() {
		defer close(paths)
		names := make([]string, 0, len(files))
		for name := range files {
			names = append(names, name)
		}
		sort.Strings(names)
		for _, name := range names {
			select {
			case paths <- name:
			case <-done:
				errc <- errors.New("walk canceled")
				return
			}
		}
		errc <- nil
	}()
	return paths, errc
}

func digester(done <-chan struct{}, paths <-chan string, c chan<- result) {
	for path := range paths {
		data := files[path]
		select {
		case c <- result{path, md5.Sum([]byte(data)), nil}:
		case <-done:
			return
		}
	}
}

func MD5All() (map[string][md5.Size]byte, error) {
	done := make(chan struct{})
	defer close(done)
	paths, errc := walkFiles(done)
	c := make(chan result)
	var wg sync.WaitGroup
	const numDigesters = 3
	wg.Add(numDigesters)
	for i := 0; i < numDigesters; i++ {
		go func() {
			digester(done, paths, c)
			wg.Done()
		}()
	}
	go func() {
		wg.Wait()
		close(c)
	}()
	m := make(map[string][md5.Size]byte)
	for r := range c {
		if r.err != nil {
			return nil, r.err
		}
		m[r.path] = r.sum
	}
	if err := <-errc; err != nil {
		return nil, err
	}
	return m, nil
}

func main() {
	m, err := MD5All()
	if err != nil {
		fmt.Println(err)
		return
	}
	var paths []string
	for path := range m {
		paths = append(paths, path)
	}
	sort.Strings(paths)
	for _, path := range paths {
		fmt.Printf("%x  %s\n", m[path], path)
	}
}
