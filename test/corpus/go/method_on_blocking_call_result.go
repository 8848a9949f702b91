// A method called straight on what a blocking function returns, directly and through a
// function value: the call is awaited first (and made once), then the method is called.
package main

import "fmt"

type account struct{ balance int }

func (a *account) Balance() int { return a.balance }

type reader interface{ Balance() int }

var opened int

func open(deposits chan int) reader {
	opened++
	return &account{balance: <-deposits}
}

func main() {
	deposits := make(chan int, 2)
	deposits <- 100
	deposits <- 250
	fmt.Println(open(deposits).Balance(), opened)
	f := open
	fmt.Println(f(deposits).Balance(), opened)
}
