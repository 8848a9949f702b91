// errors.Is walks an error's own Unwrap method (one error or a []error) and asks its Is
// method; the io/fs errors are the same values as os.ErrNotExist and friends.
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

var ErrTimeout = errors.New("timeout")

// retryable says it is ErrTimeout for every code 504.
type retryable struct{ code int }

func (r *retryable) Error() string        { return fmt.Sprint("status ", r.code) }
func (r *retryable) Is(target error) bool { return target == ErrTimeout && r.code == 504 }

// annotated wraps one error.
type annotated struct {
	note string
	err  error
}

func (a annotated) Error() string { return fmt.Sprintf("%s: %v", a.note, a.err) }
func (a annotated) Unwrap() error { return a.err }

// batch wraps several.
type batch []error

func (b batch) Error() string   { return fmt.Sprint(len(b), " errors") }
func (b batch) Unwrap() []error { return b }

func main() {
	fmt.Println(errors.Is(&retryable{504}, ErrTimeout), errors.Is(&retryable{500}, ErrTimeout))

	a := annotated{"loading config", fs.ErrNotExist}
	fmt.Println(a, errors.Is(a, os.ErrNotExist), errors.Unwrap(a) == fs.ErrNotExist)

	b := batch{fs.ErrPermission, annotated{"gateway", &retryable{504}}}
	fmt.Println(b, errors.Is(b, os.ErrPermission), errors.Is(b, ErrTimeout), errors.Is(b, fs.ErrExist))
	fmt.Println("unwrap of a batch:", errors.Unwrap(b))

	for _, e := range []error{fs.ErrInvalid, fs.ErrPermission, fs.ErrExist, fs.ErrNotExist, fs.ErrClosed} {
		fmt.Printf("%v | %T\n", e, e)
	}
}
