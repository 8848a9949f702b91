// io.Writer everywhere: fmt.Fprintf to os.Stdout, os.Stderr, a strings.Builder, a bufio.Writer (flushed by defer) and a type of the program's.
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
)

type lineCounter struct {
	lines int
	bytes int
}

func (c *lineCounter) Write(p []byte) (int, error) {
	for _, b := range p {
		if b == '\n' {
			c.lines++
		}
	}
	c.bytes += len(p)
	return len(p), nil
}

func report(w io.Writer, name string, n int) {
	fmt.Fprintf(w, "%-6s|%3d\n", name, n)
}

func main() {
	fmt.Fprintln(os.Stderr, "starting on stderr")
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()

	var sb strings.Builder
	report(&sb, "apples", 3)
	report(&sb, "pears", 12)
	io.WriteString(&sb, "--\n")
	fmt.Print(sb.String())

	counter := &lineCounter{}
	report(counter, "one", 1)
	report(counter, "two", 2)
	fmt.Fprint(counter, "no newline")
	fmt.Println("counted", counter.lines, "lines", counter.bytes, "bytes")

	report(out, "later", 7)
	out.WriteString("written before the flush\n")
	out.WriteByte('!')
	out.WriteRune('é')
	fmt.Println("buffered:", out.Buffered())
	os.Stdout.WriteString("straight to stdout\n")
	n, err := io.Copy(os.Stdout, strings.NewReader("copied through io.Copy\n"))
	fmt.Println(n, err)
	fmt.Fprintln(out)
}
