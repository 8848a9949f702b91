// A bank account shared by goroutines: deposits and withdrawals under a mutex, an
// error for overdrafts, and a channel collecting the failures.
package main

import (
	"errors"
	"fmt"
	"sync"
)

var ErrInsufficient = errors.New("insufficient funds")

type Account struct {
	mu      sync.Mutex
	balance int
	history []int
}

func (a *Account) Deposit(n int) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.balance += n
	a.history = append(a.history, n)
}

func (a *Account) Withdraw(n int) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	if n > a.balance {
		return fmt.Errorf("withdraw %d: %w", n, ErrInsufficient)
	}
	a.balance -= n
	a.history = append(a.history, -n)
	return nil
}

func (a *Account) Balance() int {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.balance
}

func main() {
	acct := &Account{}
	var wg sync.WaitGroup
	for i := 1; i <= 50; i++ {
		wg.Add(1)
		go func(amount int) {
			defer wg.Done()
			acct.Deposit(amount)
		}(i)
	}
	wg.Wait()
	fmt.Println("after deposits:", acct.Balance())

	failures := make(chan error, 10)
	for range 10 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := acct.Withdraw(200); err != nil {
				failures <- err
			}
		}()
	}
	wg.Wait()
	close(failures)
	failed := 0
	for err := range failures {
		if errors.Is(err, ErrInsufficient) {
			failed++
		}
	}
	fmt.Println("failed withdrawals:", failed, "balance:", acct.Balance())
	fmt.Println("history entries:", len(acct.history))
}
