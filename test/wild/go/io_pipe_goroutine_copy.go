// io package docs style: io.Pipe between a writer goroutine and a reading main (each Write blocks until read), CloseWithError reaching the reader, io.Copy into a strings.Builder, TeeReader, MultiWriter, LimitReader and SectionReader
package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

var errUpstream = errors.New("upstream hung up")

func main() {
	pr, pw := io.Pipe()
	go func() {
		for i := 1; i <= 3; i++ {
			if _, err := fmt.Fprintf(pw, "line %d\n", i); err != nil {
				panic(err)
			}
		}
		pw.Close()
	}()
	var sb strings.Builder
	n, err := io.Copy(&sb, pr)
	fmt.Printf("copied %d bytes, err=%v\n%s", n, err, sb.String())

	pr, pw = io.Pipe()
	go func() {
		pw.Write([]byte("partial data"))
		pw.CloseWithError(errUpstream)
	}()
	buf := make([]byte, 5)
	var parts []string
	for {
		n, err := pr.Read(buf)
		if n > 0 {
			parts = append(parts, string(buf[:n]))
		}
		if err != nil {
			fmt.Printf("reader got %q then error %v (is upstream: %v)\n", parts, err, errors.Is(err, errUpstream))
			break
		}
	}

	pr, pw = io.Pipe()
	pr.Close()
	_, err = pw.Write([]byte("x"))
	fmt.Println("write after reader closed:", err, err == io.ErrClosedPipe)

	pr, pw = io.Pipe()
	go func() {
		w := bufio.NewWriter(pw)
		for _, word := range strings.Fields("the quick brown fox jumps over the lazy dog") {
			w.WriteString(strings.ToUpper(word[:1]) + word[1:] + " ")
		}
		w.Flush()
		pw.Close()
	}()
	sc := bufio.NewScanner(pr)
	sc.Split(bufio.ScanWords)
	count := 0
	for sc.Scan() {
		count++
		if count <= 3 {
			fmt.Print(sc.Text(), ".")
		}
	}
	fmt.Println(" words:", count)

	var audit bytes.Buffer
	tee := io.TeeReader(strings.NewReader("payload-123"), &audit)
	data, _ := io.ReadAll(io.LimitReader(tee, 7))
	fmt.Printf("limited=%q audit=%q\n", data, audit.String())

	var a, b strings.Builder
	mw := io.MultiWriter(&a, &b)
	fmt.Fprintf(mw, "%s-%03d", "copy", 7)
	fmt.Println(a.String(), b.String(), a.String() == b.String())

	sr := io.NewSectionReader(strings.NewReader("0123456789abcdef"), 4, 6)
	part, _ := io.ReadAll(sr)
	at := make([]byte, 3)
	n2, err := sr.ReadAt(at, 4)
	fmt.Printf("section=%q size=%d readAt=%q n=%d err=%v\n", part, sr.Size(), at[:n2], n2, err)

	mr := io.MultiReader(strings.NewReader("ab"), strings.NewReader(""), strings.NewReader("cd"))
	all, _ := io.ReadAll(mr)
	full := make([]byte, 4)
	_, err = io.ReadFull(strings.NewReader("xyz"), full)
	fmt.Println(string(all), err, errors.Is(err, io.ErrUnexpectedEOF))
}
