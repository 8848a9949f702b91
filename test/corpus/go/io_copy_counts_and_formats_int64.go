// io.Copy reports how many bytes it moved as an int64, which strconv formats in any base.
package main

import (
	"fmt"
	"io"
	"math"
	"os"
	"strconv"
	"strings"
)

func main() {
	src := strings.NewReader("Hello, Gophers!\n")
	written, err := io.Copy(os.Stdout, src)
	if err != nil {
		panic(err)
	}
	var total int64 = written * 1000
	fmt.Println("copied:", written, "total:", total)

	discarded, _ := io.Copy(io.Discard, strings.NewReader(strings.Repeat("x", 70000)))
	fmt.Println("discarded:", discarded, strconv.FormatInt(discarded, 16))

	var largest int64 = math.MaxInt64
	fmt.Println(strconv.FormatInt(largest, 10), strconv.FormatInt(math.MinInt64, 2)[:5])
	parsed, err := strconv.ParseInt("-9223372036854775808", 10, 64)
	fmt.Println(parsed, err, parsed == math.MinInt64)
}
