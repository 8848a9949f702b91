// bufio.Scanner over a strings.Reader and a reader of the program's: lines, ScanWords, ScanRunes, a custom split, and a token too long for Buffer.
package main

import (
	"bufio"
	"fmt"
	"strings"
)

// slowReader hands out its text two bytes per Read, so tokens span reads.
type slowReader struct {
	text string
	pos  int
}

func (s *slowReader) Read(p []byte) (int, error) {
	if s.pos >= len(s.text) {
		return 0, fmt.Errorf("no more")
	}
	n := copy(p[:min(2, len(p))], s.text[s.pos:])
	s.pos += n
	return n, nil
}

func commaSplit(data []byte, atEOF bool) (int, []byte, error) {
	for i, b := range data {
		if b == ',' {
			return i + 1, data[:i], nil
		}
	}
	if atEOF && len(data) > 0 {
		return len(data), data, nil
	}
	return 0, nil, nil
}

func main() {
	lines := bufio.NewScanner(strings.NewReader("first line\r\nsecond\n\nlast without newline"))
	for lines.Scan() {
		fmt.Printf("%q\n", lines.Text())
	}
	fmt.Println("err:", lines.Err())

	words := bufio.NewScanner(&slowReader{text: "  alpha beta\tgamma\n delta  "})
	words.Split(bufio.ScanWords)
	count := 0
	for words.Scan() {
		count++
		fmt.Print("[", words.Text(), "]")
	}
	fmt.Println(count, words.Err())

	runes := bufio.NewScanner(strings.NewReader("añ€😀"))
	runes.Split(bufio.ScanRunes)
	for runes.Scan() {
		fmt.Print(len(runes.Bytes()), " ")
	}
	fmt.Println()

	fields := bufio.NewScanner(strings.NewReader("a,bb,,ccc"))
	fields.Split(commaSplit)
	for fields.Scan() {
		fmt.Printf("<%s>", fields.Text())
	}
	fmt.Println()

	short := bufio.NewScanner(strings.NewReader("tiny\nthis line is far too long\nnever read\n"))
	short.Buffer(make([]byte, 4), 10)
	for short.Scan() {
		fmt.Println("token:", short.Text())
	}
	fmt.Println("err:", short.Err())
}
