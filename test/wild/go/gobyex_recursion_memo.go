// Go by Example style "recursion": factorial, a recursive closure declared with var first, memoised fib, Hanoi moves, Ackermann, permutations
package main

import (
	"fmt"
	"strings"
)

func fact(n int) int {
	if n == 0 {
		return 1
	}
	return n * fact(n-1)
}

func hanoi(n int, from, to, via string, moves *[]string) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, moves)
	*moves = append(*moves, from+"->"+to)
	hanoi(n-1, via, to, from, moves)
}

func ackermann(m, n uint64) uint64 {
	switch {
	case m == 0:
		return n + 1
	case n == 0:
		return ackermann(m-1, 1)
	default:
		return ackermann(m-1, ackermann(m, n-1))
	}
}

func permutations(prefix string, rest []rune, out *[]string) {
	if len(rest) == 0 {
		*out = append(*out, prefix)
		return
	}
	for i, r := range rest {
		next := make([]rune, 0, len(rest)-1)
		next = append(next, rest[:i]...)
		next = append(next, rest[i+1:]...)
		permutations(prefix+string(r), next, out)
	}
}

func main() {
	fmt.Println("7! =", fact(7))
	fmt.Println("20! =", fact(20))

	// A closure can recurse only if its variable is declared before the literal.
	var fib func(n int) int
	calls := 0
	fib = func(n int) int {
		calls++
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	fmt.Println("fib(20) =", fib(20), "calls:", calls)

	memo := map[int]int{}
	var mfib func(n int) int
	mcalls := 0
	mfib = func(n int) int {
		mcalls++
		if n < 2 {
			return n
		}
		if v, ok := memo[n]; ok {
			return v
		}
		v := mfib(n-1) + mfib(n-2)
		memo[n] = v
		return v
	}
	fmt.Println("fib(90) =", mfib(90), "calls:", mcalls, "memo size:", len(memo))

	var moves []string
	hanoi(4, "A", "C", "B", &moves)
	fmt.Println("hanoi(4):", len(moves), "moves, first five:", strings.Join(moves[:5], " "))

	for m := uint64(0); m <= 3; m++ {
		row := []uint64{}
		for n := uint64(0); n <= 3; n++ {
			row = append(row, ackermann(m, n))
		}
		fmt.Printf("A(%d, 0..3) = %v\n", m, row)
	}

	var perms []string
	permutations("", []rune("abc"), &perms)
	fmt.Println(perms)

	var sumDigits func(n int) int
	sumDigits = func(n int) int {
		if n < 10 {
			return n
		}
		return n%10 + sumDigits(n/10)
	}
	fmt.Println("digit sum of 9875321:", sumDigits(9875321))
}
