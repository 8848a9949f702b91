// A method reads a package-level map declared after the type; a deferred function recovers a
// custom error panic, inspects it with errors.As, and panics again with it: the program dies
// with Go's "[recovered]" report and exit code 2.
package main

import (
	"errors"
	"fmt"
)

type Light int

const (
	Red Light = iota
	Green
	Yellow
)

type Signal struct{ at Light }

type BadStep struct{ From, To Light }

func (e *BadStep) Error() string { return fmt.Sprintf("cannot go from %d to %d", e.From, e.To) }

func (s *Signal) Step(to Light) {
	if next, ok := transitions[s.at]; ok && next == to {
		s.at = to
		return
	}
	panic(&BadStep{s.at, to})
}

var transitions = map[Light]Light{Red: Green, Green: Yellow, Yellow: Red}

func drive(s *Signal, steps ...Light) {
	defer func() {
		if r := recover(); r != nil {
			var bad *BadStep
			if err, ok := r.(error); ok && errors.As(err, &bad) {
				fmt.Println("rejected:", bad.From, "->", bad.To)
				panic(r)
			}
			fmt.Println("ignored:", r)
		}
	}()
	for _, to := range steps {
		s.Step(to)
		fmt.Println("at", s.at)
	}
}

func main() {
	s := &Signal{}
	drive(s, Green, Yellow, Red)
	drive(s, Yellow)
	fmt.Println("not reached")
}
