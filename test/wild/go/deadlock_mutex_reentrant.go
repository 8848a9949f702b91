// StackOverflow-question style: Go mutexes are not reentrant; a method locking twice deadlocks (exit 2)
package main

import (
	"fmt"
	"sync"
)

type Account struct {
	sync.Mutex
	balance int
}

func (a *Account) Balance() int {
	a.Lock()
	defer a.Unlock()
	return a.balance
}

func (a *Account) Deposit(n int) {
	a.Lock()
	defer a.Unlock()
	a.balance += n
	fmt.Println("deposited", n, "new balance", a.Balance()) // locks again
}

func main() {
	acct := &Account{balance: 100}
	fmt.Println("start", acct.Balance())
	acct.Deposit(50)
	fmt.Println("end", acct.Balance())
}
