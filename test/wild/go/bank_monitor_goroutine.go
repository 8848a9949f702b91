// "The Go Programming Language" book style: bank balance confined to a monitor goroutine
package main

import (
	"fmt"
	"sync"
)

var deposits = make(chan int)
var balances = make(chan int)

type withdrawal struct {
	amount int
	ok     chan bool
}

var withdrawals = make(chan withdrawal)

func Deposit(amount int) { deposits <- amount }
func Balance() int       { return <-balances }
func Withdraw(amount int) bool {
	ok := make(chan bool)
	withdrawals <- withdrawal{amount, ok}
	return <-ok
}

func teller() {
	var balance int
	for {
		select {
		case amount := <-deposits:
			balance += amount
		case w := <-withdrawals:
			if w.amount > balance {
				w.ok <- false
				continue
			}
			balance -= w.amount
			w.ok <- true
		case balances <- balance:
		}
	}
}

func init() {
	go teller()
}

func main() {
	var wg sync.WaitGroup
	for i := 1; i <= 100; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			Deposit(n)
		}(i)
	}
	wg.Wait()
	fmt.Println("balance:", Balance())

	fmt.Println("withdraw 6000:", Withdraw(6000))
	fmt.Println("withdraw 5000:", Withdraw(5000))
	fmt.Println("balance:", Balance())

	results := make(chan bool, 10)
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results <- Withdraw(10)
		}()
	}
	wg.Wait()
	close(results)
	okCount := 0
	for r := range results {
		if r {
			okCount++
		}
	}
	fmt.Println("successful small withdrawals:", okCount, "final:", Balance())
}
