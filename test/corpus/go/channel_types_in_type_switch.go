// Type switches and assertions tell channels apart by element type and direction.
package main

import "fmt"

type Event struct{ Name string }

func kind(v interface{}) string {
	switch c := v.(type) {
	case chan int:
		return fmt.Sprint("chan int with ", cap(c), " slots")
	case chan string:
		return "chan string"
	case chan Event:
		return "chan Event"
	case <-chan int:
		return "receive-only chan int"
	case chan<- int:
		return "send-only chan int"
	default:
		return fmt.Sprintf("not a channel: %v", c)
	}
}

func main() {
	values := []interface{}{make(chan int, 3), make(chan string), make(chan Event), 42}
	for _, v := range values {
		fmt.Println(kind(v))
	}
	var x interface{} = make(chan string, 1)
	if ch, ok := x.(chan string); ok {
		ch <- "hello"
		fmt.Println("got", <-ch)
	}
	_, isInt := x.(chan int)
	_, isRecv := x.(<-chan string)
	fmt.Println(isInt, isRecv)
}
