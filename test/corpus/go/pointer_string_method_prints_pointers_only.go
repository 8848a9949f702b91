// A String method with a pointer receiver belongs to *T only: fmt uses it for a *T, alone
// or as an element of a []*T, and prints a T value's fields instead.
package main

import "fmt"

type Task struct {
	ID   int
	Done bool
}

func (t *Task) String() string {
	mark := " "
	if t.Done {
		mark = "x"
	}
	return fmt.Sprintf("[%s] task %d", mark, t.ID)
}

func main() {
	first := &Task{ID: 1}
	second := Task{ID: 2, Done: true}
	fmt.Println(first, second, &second)

	queue := []*Task{first, &second, {ID: 3}}
	fmt.Println(queue)
	fmt.Printf("%v|%s\n", queue, queue[2])

	values := []Task{*first, second}
	fmt.Println(values)
}
