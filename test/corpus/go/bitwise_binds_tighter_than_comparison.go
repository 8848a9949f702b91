// Go's | & ^ &^ << >> bind tighter than comparisons (and & and << share a level), unlike JavaScript's.
package main

import "fmt"

const (
	Read = 1 << iota
	Write
	Exec
)

func main() {
	perm := Read | Write
	fmt.Println("can write:", perm&Write != 0)
	fmt.Println("can exec:", perm&Exec != 0)
	fmt.Println("exactly rw:", perm == Read|Write)
	fmt.Println("xor:", perm^Exec == 7)
	fmt.Println("cleared:", perm&^Write == Read)
	flags := 6
	fmt.Println(flags&3<<1, flags|1<<3, -flags&0xff)
	flags &^= Read | Write
	fmt.Println(flags, flags>>1 < 2)
}
