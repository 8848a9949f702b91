// An interface that embeds others has all their methods: assertions between them and a type alias of a struct.
package main

import "fmt"

type Reader interface{ Read() string }
type Writer interface{ Write(s string) int }

type ReadWriter interface {
	Reader
	Writer
}

type buffer struct{ data string }

func (b *buffer) Read() string { return b.data }
func (b *buffer) Write(s string) int {
	b.data += s
	return len(s)
}

type Buf = buffer

func kind(x interface{}) string {
	switch x.(type) {
	case ReadWriter:
		return "read-writer"
	case Reader:
		return "reader only"
	default:
		return "neither"
	}
}

type onlyReads struct{}

func (onlyReads) Read() string { return "fixed" }

func main() {
	var rw ReadWriter = &Buf{}
	n := rw.Write("hello")
	rw.Write(", world")
	fmt.Println(n, rw.Read())
	var r Reader = rw
	if w, ok := r.(Writer); ok {
		w.Write("!")
	}
	fmt.Println(r.Read())
	fmt.Println(kind(rw), kind(onlyReads{}), kind(42))
	b := Buf{data: "alias"}
	fmt.Println(b.Read(), kind(&b))
}
