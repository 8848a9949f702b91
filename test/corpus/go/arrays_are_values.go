// Arrays are values: assignment and calls copy them, == compares elements, keyed literals fill the gaps with zeros.
package main

import "fmt"

type Board [3][3]rune

type Hash [4]byte

func mark(b Board, r, c int) Board {
	b[r][c] = 'X'
	return b
}

func main() {
	primes := [5]int{2, 3, 5, 7, 11}
	copyOf := primes
	copyOf[0] = 100
	fmt.Println(primes, copyOf, primes == copyOf)
	copyOf[0] = 2
	fmt.Println(primes == copyOf)

	var empty Board
	played := mark(empty, 1, 1)
	fmt.Println(empty[1][1] == 0, string(played[1][1]), empty == Board{}, played != empty)

	var h Hash
	fmt.Println(h == Hash{}, h == Hash{0, 0, 0, 1})

	scores := [5]int{100, 3: 400}
	names := []string{2: "c", 0: "a", "b"}
	days := [...]string{6: "Sat", 0: "Sun"}
	fmt.Println(scores, len(names), names, len(days), days[6])

	matrix := [2][2]int{{1, 2}, {3, 4}}
	rows := [][2]int{matrix[0], matrix[1]}
	rows[0][0] = 9
	fmt.Println(matrix, rows)
}
