// Hashing strings with a 64-bit FNV-1a and computing factorials that overflow: Go's int and
// int64 are 64-bit and wrap around silently.
package main

import (
	"fmt"
	"math"
	"strconv"
)

const (
	offset64 int64 = -3750763034362895579
	prime64  int64 = 1099511628211
)

func fnv1a(s string) int64 {
	h := offset64
	for i := 0; i < len(s); i++ {
		h ^= int64(s[i])
		h *= prime64
	}
	return h
}

func factorial(n int64) int64 {
	result := int64(1)
	for i := int64(2); i <= n; i++ {
		result *= i
	}
	return result
}

type Account struct {
	Name    string
	Balance int64
}

func main() {
	for _, word := range []string{"", "a", "gopher", "channels"} {
		h := fnv1a(word)
		fmt.Printf("fnv1a(%q) = %d (hex %s)\n", word, h, strconv.FormatInt(h, 16))
	}

	for _, n := range []int64{20, 21, 25, 66} {
		fmt.Println(n, "! =", factorial(n))
	}

	biggest := math.MaxInt64
	fmt.Println("max int:", biggest)
	biggest++
	fmt.Println("max int + 1:", biggest, biggest == math.MinInt64)

	var x int64 = math.MinInt64
	x--
	fmt.Println("min int64 - 1:", x)
	low := int64(math.MinInt64)
	fmt.Println("negate min:", -low, low/-1)

	acct := Account{Name: "savings", Balance: 1 << 62}
	acct.Balance += acct.Balance
	fmt.Printf("%+v\n", acct)

	smallest := math.MaxInt64
	for _, v := range []int{42, 7, 19} {
		if v < smallest {
			smallest = v
		}
	}
	fmt.Println("smallest:", smallest)

	var total int64
	sizes := map[string]int64{"a.txt": 1 << 40, "b.txt": 1<<40 + 1}
	for _, size := range sizes {
		total += size
	}
	fmt.Println("total bytes:", total, "in MiB:", total>>20, "as int:", int(total/1024))

	var parsed int64
	var err error
	parsed, err = strconv.ParseInt("9223372036854775807", 10, 64)
	fmt.Println("parsed:", parsed, err, "plus one:", parsed+1)
	if _, err := strconv.ParseInt("9223372036854775808", 10, 64); err != nil {
		fmt.Println(err)
	}
}
