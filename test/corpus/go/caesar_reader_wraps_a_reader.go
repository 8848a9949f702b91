// A struct holding an io.Reader, with a Read method that rewrites what the inner reader gave, is itself an io.Reader: io.Copy drains a Caesar-cipher reader (value receiver, passed by pointer) and a digit-hiding reader stacked on another one.
package main

import (
	"io"
	"os"
	"strings"
)

// caesar shifts every letter `by` places along the alphabet, wrapping past 'z' and keeping its case.
type caesar struct {
	source io.Reader
	by     byte
}

func shift(c, by byte) byte {
	switch {
	case c >= 'a' && c <= 'z':
		return 'a' + (c-'a'+by)%26
	case c >= 'A' && c <= 'Z':
		return 'A' + (c-'A'+by)%26
	}
	return c
}

func (c caesar) Read(buf []byte) (int, error) {
	n, err := c.source.Read(buf)
	for i := range buf[:n] {
		buf[i] = shift(buf[i], c.by)
	}
	return n, err
}

// hideDigits shows every digit as '#'.
type hideDigits struct {
	source io.Reader
}

func (h *hideDigits) Read(buf []byte) (int, error) {
	n, err := h.source.Read(buf)
	for i := 0; i < n; i++ {
		if buf[i] >= '0' && buf[i] <= '9' {
			buf[i] = '#'
		}
	}
	return n, err
}

func main() {
	// Written with a shift of 3; another 23 brings each letter back round.
	const note = "Phhw ph dw Jdwh 7, 0930 vkdus.\n"
	decoded := caesar{strings.NewReader(note), 23}
	io.Copy(os.Stdout, &decoded)
	io.Copy(os.Stdout, &hideDigits{caesar{strings.NewReader(note), 23}})
}
