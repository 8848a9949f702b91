// Blog style: sync.Pool of *bytes.Buffer reused across goroutines, Reset before Put
package main

import (
	"bytes"
	"fmt"
	"sort"
	"strings"
	"sync"
)

var bufPool = sync.Pool{
	New: func() any { return new(bytes.Buffer) },
}

func render(name string, fields map[string]int) string {
	buf := bufPool.Get().(*bytes.Buffer)
	defer func() {
		buf.Reset()
		bufPool.Put(buf)
	}()
	buf.WriteString(name)
	buf.WriteByte('{')
	keys := make([]string, 0, len(fields))
	for k := range fields {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for i, k := range keys {
		if i > 0 {
			buf.WriteString(", ")
		}
		fmt.Fprintf(buf, "%s: %d", k, fields[k])
	}
	buf.WriteByte('}')
	return buf.String()
}

type scratch struct{ data []int }

func main() {
	results := make([]string, 6)
	var wg sync.WaitGroup
	for i := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = render(fmt.Sprintf("rec%d", i), map[string]int{"id": i, "sq": i * i, "neg": -i})
		}()
	}
	wg.Wait()
	fmt.Println(strings.Join(results, "\n"))

	// a pool without New returns nil when empty
	var p sync.Pool
	fmt.Println("empty pool Get:", p.Get())

	sp := sync.Pool{New: func() any { return &scratch{data: make([]int, 0, 16)} }}
	total := 0
	for round := 0; round < 3; round++ {
		s := sp.Get().(*scratch)
		s.data = s.data[:0] // whatever we get back, reset its length
		for k := 0; k <= round; k++ {
			s.data = append(s.data, k+1)
		}
		for _, v := range s.data {
			total += v
		}
		sp.Put(s)
	}
	fmt.Println("total:", total)
}
