// strconv quotes a rune as Go source would (QuoteRuneToASCII escapes what is not ASCII), and
// says whether a rune is printable and whether a string fits in a raw `...` literal.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, r := range []rune{'a', 'é', '☺', '\n', '\'', 0x1F600, '\x7f'} {
		fmt.Println(strconv.QuoteRune(r), strconv.QuoteRuneToASCII(r), strconv.IsPrint(r))
	}
	fmt.Println(strconv.QuoteToASCII("naïve ☕"))
	for _, s := range []string{"plain", "tab\there", "back`tick", "new\nline", "ünïcode", "\ufeffbom", "del\x7f"} {
		fmt.Printf("%q can be backquoted: %v\n", s, strconv.CanBackquote(s))
	}
}
