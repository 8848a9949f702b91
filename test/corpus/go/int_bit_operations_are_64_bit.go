// Go's int is 64 bits: shifts and & | ^ &^ past bit 31 are exact (JavaScript's own operators keep 32 bits).
package main

import "fmt"

type Perm int

const (
	Read Perm = 1 << (iota * 20)
	Write
	Exec
)

func main() {
	all := Read | Write | Exec
	fmt.Println(all, all&Exec != 0, all&^Write, all^Read)
	n := 1 << 40
	fmt.Println(n, n|1, n&(n-1), n>>38, ^n, -n&0xff)
	var acc int64 = 0x7fffffffff
	acc &^= 0xff
	fmt.Println(acc, acc>>4|1, acc^acc)
}
