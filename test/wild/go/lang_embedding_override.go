// Blog/StackOverflow style: embedding an interface to decorate it, overriding one promoted method
package main

import (
	"fmt"
	"strings"
)

type Store interface {
	Get(key string) (string, bool)
	Set(key, val string)
}

type mapStore struct{ m map[string]string }

func (s *mapStore) Get(k string) (string, bool) { v, ok := s.m[k]; return v, ok }
func (s *mapStore) Set(k, v string)             { s.m[k] = v }

// countingStore embeds the interface; only Get is overridden.
type countingStore struct {
	Store
	hits, misses int
}

func (c *countingStore) Get(k string) (string, bool) {
	v, ok := c.Store.Get(k)
	if ok {
		c.hits++
	} else {
		c.misses++
	}
	return v, ok
}

// upperStore overrides Set and sits on top of the counting one.
type upperStore struct{ Store }

func (u upperStore) Set(k, v string) { u.Store.Set(k, strings.ToUpper(v)) }

type Logger struct{ prefix string }

func (l *Logger) Log(msg string) { fmt.Println(l.prefix + msg) }

type Base struct{ Name string }

func (b Base) Describe() string { return "base " + b.Name }
func (b Base) Hello() string    { return "hello from " + b.Describe() }

type Derived struct {
	Base
	*Logger
	Name string // shadows Base.Name
}

func (d Derived) Describe() string { return "derived " + d.Name }

func main() {
	cs := &countingStore{Store: &mapStore{m: map[string]string{}}}
	var s Store = upperStore{cs}
	s.Set("lang", "go")
	s.Set("tool", "vet")
	for _, k := range []string{"lang", "nope", "tool", "lang"} {
		v, ok := s.Get(k)
		fmt.Printf("%s -> %q %v\n", k, v, ok)
	}
	fmt.Printf("hits=%d misses=%d\n", cs.hits, cs.misses)

	d := Derived{Base: Base{Name: "inner"}, Logger: &Logger{prefix: "[log] "}, Name: "outer"}
	fmt.Println(d.Name, d.Base.Name)
	fmt.Println(d.Describe())
	// Hello is promoted from Base and calls Base.Describe, not Derived's: no virtual dispatch.
	fmt.Println(d.Hello())
	d.Log("promoted through an embedded pointer")
	f := d.Log
	d.Logger.prefix = "[changed] "
	f("method value shares the pointer")
}
