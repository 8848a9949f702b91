// A custom panic in a goroutine ends the whole program with exit code 2; deferred
// calls of the panicking goroutine run first (LIFO), then Go prints "panic: ...".
package main

import (
	"fmt"
	"time"
)

type Account struct {
	Owner   string
	Balance int
}

func (a *Account) Withdraw(amount int) {
	if amount > a.Balance {
		panic(fmt.Sprintf("insufficient funds: %s has %d, wants %d", a.Owner, a.Balance, amount))
	}
	a.Balance -= amount
}

func main() {
	acct := &Account{Owner: "ann", Balance: 50}
	acct.Withdraw(20)
	fmt.Println("balance:", acct.Balance)

	done := make(chan bool)
	go func() {
		defer fmt.Println("goroutine cleanup 1")
		defer fmt.Println("goroutine cleanup 2")
		acct.Withdraw(100)
		done <- true
	}()
	select {
	case <-done:
		fmt.Println("never printed")
	case <-time.After(time.Second):
		fmt.Println("never printed either")
	}
}
