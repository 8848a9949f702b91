// A bytes.Buffer is a queue of bytes: writes append, reads consume from the front
// (ReadString and ReadBytes up to a delimiter, ReadByte/ReadRune with their Unread, Next,
// Read into a slice); plus a few bytes package functions.
package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
)

func main() {
	var buf bytes.Buffer
	buf.WriteString("name=gopher;lang=go;")
	buf.WriteByte('x')
	buf.WriteRune('é')
	fmt.Fprintf(&buf, "%d", 42)
	fmt.Println(buf.Len(), buf.String())

	for {
		field, err := buf.ReadString(';')
		fmt.Printf("%q %v\n", field, err)
		if err != nil {
			break
		}
	}
	fmt.Println(buf.Len())

	buf.Reset()
	buf.WriteString("héllo world")
	c, _ := buf.ReadByte()
	r, size, _ := buf.ReadRune()
	fmt.Println(string(c), string(r), size)
	fmt.Println(buf.UnreadRune(), buf.UnreadRune())
	r, _, _ = buf.ReadRune()
	fmt.Println(string(r), string(buf.Next(4)))

	p := make([]byte, 3)
	n, err := buf.Read(p)
	fmt.Println(n, err, string(p[:n]))
	line, err := buf.ReadBytes('!')
	fmt.Printf("%q %v\n", line, err)
	n, err = buf.Read(p)
	fmt.Println(n, err == io.EOF, buf.UnreadByte() != nil)

	src := bytes.NewBufferString("copied through io.Copy\n")
	io.Copy(os.Stdout, src)

	b := []byte("  Mixed Case  ")
	fmt.Printf("%q %q %q\n", bytes.TrimSpace(b), bytes.ToUpper(b), bytes.ToLower(b))
	fmt.Println(bytes.Index(b, []byte("Case")), bytes.Count([]byte("cheese"), []byte("e")))
	fmt.Printf("%q\n", bytes.Split([]byte("a,b,c"), []byte(",")))
	fmt.Printf("%s\n", bytes.Join([][]byte{[]byte("x"), []byte("y")}, []byte("-")))
}
