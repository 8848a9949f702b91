// Effective Go style: a state machine panics with a custom error value; an inner recover inspects it with errors.As and re-panics (exit 2)
package main

import (
	"errors"
	"fmt"
)

type State int

const (
	Idle State = iota
	Running
	Paused
	Stopped
)

var stateNames = [...]string{"Idle", "Running", "Paused", "Stopped"}

func (s State) String() string {
	if int(s) < len(stateNames) {
		return stateNames[s]
	}
	return fmt.Sprintf("State(%d)", int(s))
}

type TransitionError struct {
	From, To State
}

func (e *TransitionError) Error() string {
	return fmt.Sprintf("illegal transition %v -> %v", e.From, e.To)
}

var allowed = map[State][]State{
	Idle:    {Running},
	Running: {Paused, Stopped},
	Paused:  {Running, Stopped},
}

type Machine struct {
	cur     State
	history []State
}

func (m *Machine) Go(to State) {
	for _, s := range allowed[m.cur] {
		if s == to {
			m.history = append(m.history, to)
			m.cur = to
			return
		}
	}
	panic(&TransitionError{m.cur, to})
}

func run(m *Machine, steps []State) {
	defer func() {
		r := recover()
		var te *TransitionError
		if err, ok := r.(error); ok && errors.As(err, &te) {
			fmt.Printf("inner recover: %v (from=%d to=%d)\n", te, te.From, te.To)
			fmt.Println("history:", m.history)
			panic(r)
		}
	}()
	for _, s := range steps {
		m.Go(s)
		fmt.Println("now", m.cur)
	}
}

func main() {
	m := &Machine{}
	run(m, []State{Running, Paused, Running})
	fmt.Printf("%v %d %s\n", m.cur, m.cur, State(9))
	run(m, []State{Stopped, Running})
	fmt.Println("not reached")
}
