// Request/reply: each request carries its own reply channel (a chan of chan), and a
// single server goroutine owns the state, so no mutex is needed.
package main

import "fmt"

type Request struct {
	Op    string
	Key   string
	Value int
	Reply chan int
}

func server(requests <-chan Request) {
	store := map[string]int{}
	for req := range requests {
		switch req.Op {
		case "put":
			store[req.Key] = req.Value
			req.Reply <- len(store)
		case "get":
			req.Reply <- store[req.Key]
		default:
			req.Reply <- -1
		}
	}
}

func call(requests chan<- Request, op, key string, value int) int {
	reply := make(chan int)
	requests <- Request{Op: op, Key: key, Value: value, Reply: reply}
	return <-reply
}

func main() {
	requests := make(chan Request)
	go server(requests)

	fmt.Println("size after put x:", call(requests, "put", "x", 7))
	fmt.Println("size after put y:", call(requests, "put", "y", 11))
	fmt.Println("get x:", call(requests, "get", "x", 0))
	fmt.Println("get missing:", call(requests, "get", "nope", 0))
	fmt.Println("bad op:", call(requests, "delete", "x", 0))

	// A chan of chan int: clients hand the server a channel, the server answers on it.
	tokens := make(chan chan int)
	go func() {
		next := 100
		for replyTo := range tokens {
			replyTo <- next
			next++
		}
	}()
	for range 3 {
		mine := make(chan int, 1)
		tokens <- mine
		fmt.Println("token:", <-mine)
	}
	close(tokens)
	close(requests)
}
