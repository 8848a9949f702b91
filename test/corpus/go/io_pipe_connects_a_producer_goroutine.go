// A producer goroutine streams records through io.Pipe to a consumer: every Read gets bytes of
// one Write only, a Write returns once its bytes were read (or the reader gave up), and the
// error the writer closes with is what the reader sees after the data.
package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

var errDiskFull = errors.New("disk full")

// emit writes through the io.Writer interface, as library code would.
func emit(w io.Writer, records []string) error {
	for _, r := range records {
		if _, err := w.Write([]byte(r)); err != nil {
			return err
		}
	}
	return nil
}

func main() {
	// Small reads: never more than one Write's bytes at a time.
	pr, pw := io.Pipe()
	go func() {
		emit(pw, []string{"abc", "defgh", "ij"})
		pw.CloseWithError(errDiskFull)
	}()
	buf := make([]byte, 4)
	for {
		n, err := pr.Read(buf)
		fmt.Printf("read %d %q err=%v\n", n, buf[:n], err)
		if err != nil {
			fmt.Println("same error:", errors.Is(err, errDiskFull))
			break
		}
	}

	// The reader stops early: the blocked Write learns how much was taken.
	pr, pw = io.Pipe()
	result := make(chan string)
	go func() {
		n, err := pw.Write([]byte("0123456789"))
		result <- fmt.Sprintf("write returned n=%d err=%v", n, err)
	}()
	head := make([]byte, 3)
	io.ReadFull(pr, head)
	pr.CloseWithError(errors.New("consumer quit"))
	fmt.Println(string(head), <-result)
	_, err := pw.Write([]byte("late"))
	fmt.Println("late write:", err)

	// io.Copy drains the pipe into a buffer and a checksum-like counter at once.
	pr, pw = io.Pipe()
	go func() {
		defer pw.Close()
		for i := 1; i <= 4; i++ {
			fmt.Fprintf(pw, "row %d;", i*i)
		}
	}()
	var all bytes.Buffer
	var upper strings.Builder
	n, err := io.Copy(io.MultiWriter(&all, &upper), pr)
	fmt.Println(n, err, all.String(), strings.ToUpper(upper.String()))
	fmt.Fprintf(io.MultiWriter(&all, &upper), "|end")
	fmt.Println(all.Len(), upper.Len())
	_, err = pw.Write([]byte("x"))
	fmt.Println("after close:", err, err == io.ErrClosedPipe)
	n2, err := pr.Read(make([]byte, 1))
	fmt.Println("read after close:", n2, err)

	// A section of a reader, read in order and at offsets.
	src := strings.NewReader("header|payload|trailer")
	section := io.NewSectionReader(src, 7, 7)
	body, _ := io.ReadAll(section)
	fmt.Printf("%s size=%d\n", body, section.Size())
	two := make([]byte, 2)
	for _, off := range []int64{0, 5, 6, 7} {
		n, err := section.ReadAt(two, off)
		fmt.Printf("at %d: %q %v\n", off, two[:n], err)
	}
	n3, err := src.ReadAt(two, 20)
	fmt.Println(n3, err, string(two[:n3]))
	io.Copy(os.Stdout, io.TeeReader(io.LimitReader(strings.NewReader("done and more\n"), 4), io.Discard))
	fmt.Println()
}
