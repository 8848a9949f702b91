// errors.As also takes a pointer to an interface variable: it finds the first error in the
// chain with those methods. context.DeadlineExceeded has a Timeout method that says true.
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

type temporary interface {
	Temporary() bool
}

type flaky struct{ attempt int }

func (f *flaky) Error() string   { return fmt.Sprintf("attempt %d failed", f.attempt) }
func (f *flaky) Temporary() bool { return f.attempt < 3 }

func main() {
	err := fmt.Errorf("sync: %w", &flaky{attempt: 2})
	var t temporary
	if errors.As(err, &t) {
		fmt.Println("found", t, "temporary:", t.Temporary())
	}
	var s fmt.Stringer
	fmt.Println("has a String method:", errors.As(err, &s), s == nil)

	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Millisecond)
	defer cancel()
	<-ctx.Done()
	var timeout interface{ Timeout() bool }
	wrapped := fmt.Errorf("query: %w", ctx.Err())
	fmt.Println(wrapped, errors.As(wrapped, &timeout) && timeout.Timeout())
	fmt.Printf("%T\n", ctx.Err())
}
