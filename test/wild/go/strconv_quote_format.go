// strconv docs style: Quote/Unquote, FormatInt bases, FormatFloat formats, Append*, NumError details
package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Quote("tab\there \"q\" é ☺"))
	fmt.Println(strconv.QuoteToASCII("é ☺"))
	fmt.Println(strconv.QuoteRune('☺'), strconv.QuoteRuneToASCII('☺'))
	s, err := strconv.Unquote(`"a\tb\u00e9"`)
	fmt.Printf("%q %v\n", s, err)
	_, err = strconv.Unquote("'too long'")
	fmt.Println("unquote error:", err)
	raw, _ := strconv.Unquote("`raw\\n`")
	fmt.Println(raw)

	for _, base := range []int{2, 8, 10, 16, 36} {
		fmt.Printf("%2d: %s %s\n", base, strconv.FormatInt(-255, base), strconv.FormatUint(1<<40, base))
	}

	f := 1234.5678
	for _, fm := range []byte{'f', 'e', 'g', 'E'} {
		fmt.Printf("%c: %s | %s\n", fm, strconv.FormatFloat(f, fm, -1, 64), strconv.FormatFloat(f, fm, 2, 64))
	}
	fmt.Println(strconv.FormatFloat(0.1, 'f', -1, 32), strconv.FormatFloat(0.1, 'f', 20, 64))

	buf := []byte("vals:")
	buf = strconv.AppendInt(buf, -42, 10)
	buf = append(buf, ' ')
	buf = strconv.AppendBool(buf, true)
	buf = append(buf, ' ')
	buf = strconv.AppendQuote(buf, "x")
	buf = append(buf, ' ')
	buf = strconv.AppendFloat(buf, 2.5, 'f', 1, 64)
	fmt.Println(string(buf))

	for _, in := range []string{"127", "128", "-129", "0x7f", "abc", ""} {
		n, err := strconv.ParseInt(in, 0, 8)
		var ne *strconv.NumError
		switch {
		case err == nil:
			fmt.Printf("%-6q -> %d\n", in, n)
		case errors.As(err, &ne):
			fmt.Printf("%-6q -> %d func=%s range=%v syntax=%v\n", in, n, ne.Func,
				errors.Is(err, strconv.ErrRange), errors.Is(err, strconv.ErrSyntax))
		}
	}

	for _, b := range []string{"1", "t", "TRUE", "False", "yes"} {
		v, err := strconv.ParseBool(b)
		fmt.Println(b, v, err)
	}
	u, err := strconv.ParseUint("-1", 10, 64)
	fmt.Println(u, err)
	x, err := strconv.ParseFloat("1e400", 64)
	fmt.Println(x, err)
	fmt.Println(strconv.Itoa(-0), strconv.IsPrint('\u00e9'), strconv.CanBackquote("a`b"))
}
