// Closing a nil channel panics: "panic: close of nil channel".
package main

import "fmt"

type Service struct {
	name string
	quit chan bool
}

func (s *Service) Stop() {
	fmt.Println("stopping", s.name)
	close(s.quit)
}

func main() {
	ok := &Service{name: "ready", quit: make(chan bool)}
	ok.Stop()
	_, open := <-ok.quit
	fmt.Println("quit open:", open)

	forgot := &Service{name: "uninitialised"}
	fmt.Println("quit is nil:", forgot.quit == nil)
	forgot.Stop()
	fmt.Println("never printed")
}
