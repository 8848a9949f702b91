// StackOverflow answer style: bank transfers locking two account mutexes in ID order to avoid deadlock
package main

import (
	"errors"
	"fmt"
	"sync"
)

type Account struct {
	mu      sync.Mutex
	ID      int
	balance int
}

var ErrInsufficient = errors.New("insufficient funds")

func Transfer(from, to *Account, amount int) error {
	if from == to {
		return nil
	}
	first, second := from, to
	if second.ID < first.ID {
		first, second = second, first
	}
	first.mu.Lock()
	defer first.mu.Unlock()
	second.mu.Lock()
	defer second.mu.Unlock()
	if from.balance < amount {
		return ErrInsufficient
	}
	from.balance -= amount
	to.balance += amount
	return nil
}

func total(accts []*Account) int {
	sum := 0
	for _, a := range accts {
		a.mu.Lock()
		sum += a.balance
		a.mu.Unlock()
	}
	return sum
}

func main() {
	accts := make([]*Account, 4)
	for i := range accts {
		accts[i] = &Account{ID: i, balance: 1000}
	}
	fmt.Println("total before:", total(accts))

	var wg sync.WaitGroup
	for w := 0; w < 8; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 500; k++ {
				a := accts[(w+k)%4]
				b := accts[(w+2*k+1)%4]
				Transfer(a, b, 1)
				Transfer(b, a, 1)
			}
		}()
	}
	wg.Wait()
	fmt.Println("total after: ", total(accts))
	for _, a := range accts {
		fmt.Printf("account %d: %d\n", a.ID, a.balance)
	}

	poor := &Account{ID: 9, balance: 5}
	err := Transfer(poor, accts[0], 50)
	fmt.Println("overdraw:", err, errors.Is(err, ErrInsufficient))
	fmt.Println("poor still has", poor.balance)
}
