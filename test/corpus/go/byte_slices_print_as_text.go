// A []byte prints as text with %s and %q and as hex with %x, however it was made; strconv.Append* add text to one.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	buf := make([]byte, 0, 16)
	buf = append(buf, "id-"...)
	buf = strconv.AppendInt(buf, 42, 10)
	fmt.Printf("%s|%q|%x|%v\n", buf, buf, buf, buf)

	raw := make([]byte, 4)
	copy(raw, "hey!")
	fmt.Printf("%s %q\n", raw, raw[:3])

	out := strconv.AppendBool([]byte("ok="), true)
	out = append(out, ' ')
	out = strconv.AppendQuote(out, "q")
	fmt.Println(string(out))
	fmt.Println(string(strconv.AppendInt(nil, -255, 16)))
}
