// Reaching through a nil pointer panics as in Go: a field, a method that needs its receiver, a
// field of a field; recover gets the runtime error, and an unrecovered one ends the program.
package main

import "fmt"

type Config struct {
	Name string
	Next *Config
}

func (c *Config) Describe() string { return "config " + c.Name }

func try(what string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(what+":", r)
		}
	}()
	f()
}

func main() {
	var c *Config
	try("field", func() { fmt.Println(c.Name) })
	try("method", func() { fmt.Println(c.Describe()) })
	c = &Config{Name: "first"}
	try("chain", func() { fmt.Println(c.Next.Name) })
	fmt.Println("still running:", c.Describe())
	fmt.Println(c.Next.Next.Name)
}
