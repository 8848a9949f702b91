// bufio.Reader over a strings.Reader: ReadString, ReadLine, ReadRune with UnreadRune, ReadByte, Peek, and io.EOF at the end.
package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

func main() {
	r := bufio.NewReader(strings.NewReader("name: Gopher\r\nage: 13\nñandú\nend"))
	line, err := r.ReadString('\n')
	fmt.Printf("%q %v\n", line, err)
	raw, isPrefix, err := r.ReadLine()
	fmt.Printf("%q %v %v\n", raw, isPrefix, err)
	peek, _ := r.Peek(3)
	fmt.Printf("peek %q\n", peek)
	for i := 0; i < 3; i++ {
		ch, size, _ := r.ReadRune()
		fmt.Printf("%c:%d ", ch, size)
	}
	r.UnreadRune()
	ch, _, _ := r.ReadRune()
	fmt.Printf("again %c\n", ch)
	b, _ := r.ReadByte()
	fmt.Println("byte", b)
	rest, err := r.ReadString('\n')
	fmt.Printf("%q %v\n", rest, err)
	last, err := r.ReadString('\n')
	fmt.Printf("%q %v %v\n", last, err, err == io.EOF)
	_, err = r.ReadByte()
	fmt.Println(err)

	sr := strings.NewReader("héllo")
	fmt.Println(sr.Len(), sr.Size())
	buf := make([]byte, 3)
	n, _ := sr.Read(buf)
	fmt.Println(n, string(buf[:n]), sr.Len())
	c, _ := sr.ReadByte()
	fmt.Println(c, sr.Len())
	all, err := io.ReadAll(sr)
	fmt.Println(string(all), err)
	n, err = sr.Read(buf)
	fmt.Println(n, err)

	full := make([]byte, 4)
	n, err = io.ReadFull(strings.NewReader("ab"), full)
	fmt.Println(n, err)
	both, _ := io.ReadAll(io.MultiReader(strings.NewReader("one "), strings.NewReader("two")))
	fmt.Println(string(both))
	limited, _ := io.ReadAll(io.LimitReader(strings.NewReader("truncated text"), 9))
	fmt.Println(string(limited))
}
