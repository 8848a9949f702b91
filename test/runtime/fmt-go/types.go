// Types the differential fmt test prints; fmt-go-differential.test.ts mirrors each one in
// TypeScript and generates the main.go that sits beside this file in a temporary module.
package main

import (
	"errors"
	"fmt"
)

type T struct {
	X int
	Y string
}

type Worker struct {
	ID   int
	Name string
	Busy bool
	Load float64
}

type MyErr struct{ Code int }

func (e MyErr) Error() string { return fmt.Sprintf("code %d", e.Code) }

type Celsius struct{ Deg int }

func (c Celsius) String() string { return fmt.Sprintf("%d°C", c.Deg) }

// Result's fields are unexported: fmt calls no Error method on err.
type Result struct {
	id  int
	err error
}

type Reading struct {
	Shown  Celsius
	hidden Celsius
}

type Pair struct {
	Key string
	Val any
}

type Matrix struct{ Rows [][]int }

type GoS struct{}

func (GoS) GoString() string { return "custom" }

type Boom struct{}

func (Boom) String() string { panic("boom") }

// Named non-struct types without methods: in an interface they keep their type (a box).
type Weekday int

type Temp float64

type userKey string

var errBoom = errors.New("boom")
