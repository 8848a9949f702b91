// sync.Pool handing out reusable bytes.Buffers to goroutines (Get, Put, the New field), and
// the Buffer's writing methods: WriteString, WriteByte, Fprintf into it, String, Len, Reset.
package main

import (
	"bytes"
	"fmt"
	"sync"
)

var created int

var buffers = sync.Pool{
	New: func() any {
		created++
		return new(bytes.Buffer)
	},
}

func render(id int, out chan<- string) {
	buf := buffers.Get().(*bytes.Buffer)
	buf.Reset()
	fmt.Fprintf(buf, "job %d:", id)
	for i := 0; i < id; i++ {
		buf.WriteByte(' ')
		buf.WriteString("*")
	}
	out <- buf.String()
	buffers.Put(buf)
}

func main() {
	out := make(chan string)
	results := map[int]string{}
	for id := 1; id <= 3; id++ {
		go render(id, out)
		results[id] = <-out
	}
	for id := 1; id <= 3; id++ {
		fmt.Println(results[id])
	}
	fmt.Println("some buffer created:", created >= 1)
	b := bytes.NewBufferString("go")
	b.WriteString("pher")
	fmt.Println(b.String(), b.Len(), bytes.Equal(b.Bytes(), []byte("gopher")), bytes.Contains(b.Bytes(), []byte("ph")))
	var empty sync.Pool
	fmt.Println(empty.Get() == nil)
}
