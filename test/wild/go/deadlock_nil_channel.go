// StackOverflow question style: a channel declared but never made is nil; receiving from it blocks forever (exit 2)
package main

import "fmt"

type Server struct {
	name    string
	replies chan string // forgot make() in the constructor
}

func NewServer(name string) *Server {
	return &Server{name: name}
}

func (s *Server) Start() {
	go func() {
		fmt.Println(s.name, "worker sending reply")
		s.replies <- "pong" // send on nil channel blocks forever
	}()
}

func main() {
	s := NewServer("srv")
	fmt.Printf("replies channel is nil: %v\n", s.replies == nil)
	s.Start()
	msg := <-s.replies // receive from nil channel: all goroutines asleep
	fmt.Println("got", msg)
}
