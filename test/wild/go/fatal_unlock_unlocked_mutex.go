// StackOverflow-question style: an early-return path unlocks a mutex that a deferred Unlock will unlock again; "fatal error: sync: unlock of unlocked mutex" cannot be recovered
package main

import (
	"fmt"
	"sync"
)

type Inventory struct {
	mu    sync.Mutex
	stock map[string]int
}

func (inv *Inventory) Take(item string, n int) (err error) {
	inv.mu.Lock()
	defer inv.mu.Unlock()
	have := inv.stock[item]
	if have < n {
		inv.mu.Unlock() // bug: the deferred Unlock runs too
		return fmt.Errorf("only %d %s left", have, item)
	}
	inv.stock[item] = have - n
	return nil
}

func main() {
	inv := &Inventory{stock: map[string]int{"bolt": 5, "nut": 1}}
	fmt.Println("take 3 bolts:", inv.Take("bolt", 3))
	fmt.Println("stock now:", inv.stock)
	defer func() {
		// recover does not help: this is a fatal error, not a panic.
		fmt.Println("recovered:", recover())
	}()
	fmt.Println("take 2 nuts:", inv.Take("nut", 2))
	fmt.Println("never printed")
}
