// Embedding a *T: the field is a pointer, nil until set, and copies of the outer struct share what it points to.
package main

import "fmt"

type Logger struct {
	Prefix string
	Lines  int
}

func (l *Logger) Log(msg string) {
	l.Lines++
	fmt.Println(l.Prefix + msg)
}

type Service struct {
	*Logger
	Name string
}

type Logged interface{ Log(string) }

func main() {
	var idle Service
	fmt.Println("zero service has a logger:", idle.Logger != nil)

	svc := Service{&Logger{Prefix: "[svc] "}, "api"}
	clone := svc
	clone.Name = "api-copy"
	clone.Log("from the copy")
	svc.Log("from the original")
	fmt.Println("lines seen by both:", svc.Lines, clone.Lines, svc.Logger == clone.Logger)

	var l Logged = svc
	l.Log("through an interface")
	fmt.Println("lines:", svc.Lines)

	clone.Logger = &Logger{Prefix: "[new] "}
	clone.Log("own logger now")
	fmt.Println(svc.Lines, clone.Lines, svc.Name, clone.Name)

	defer func() { fmt.Println("recovered:", recover() != nil) }()
	idle.Log("no logger")
}
