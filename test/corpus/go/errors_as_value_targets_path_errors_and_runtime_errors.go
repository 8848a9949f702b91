// errors.As into a struct value (the error was returned by value), into *fs.PathError and
// *os.PathError, and into the runtime.Error interface from a recovered panic.
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"runtime"
)

type RateLimit struct{ Retry int }

func (r RateLimit) Error() string { return fmt.Sprintf("rate limited, retry in %ds", r.Retry) }

func call(n int) error {
	if n%2 == 0 {
		return fmt.Errorf("call %d: %w", n, RateLimit{Retry: n * 10})
	}
	return &fs.PathError{Op: "stat", Path: fmt.Sprintf("/data/%d", n), Err: fs.ErrNotExist}
}

func safeIndex(xs []int, i int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = r.(error)
		}
	}()
	_ = xs[i]
	return nil
}

func main() {
	for n := 1; n <= 4; n++ {
		err := call(n)
		rl := RateLimit{Retry: -1}
		var pe *fs.PathError
		if errors.As(err, &rl) {
			fmt.Println("rate limit", rl.Retry, rl)
		} else if errors.As(err, &pe) {
			fmt.Println("path", pe.Op, pe.Path, pe.Err, errors.Is(err, fs.ErrNotExist))
			fmt.Println(pe)
		}
		fmt.Println("still", rl.Retry)
	}

	var ope *os.PathError
	err := fmt.Errorf("open config: %w", &os.PathError{Op: "open", Path: "app.toml", Err: os.ErrPermission})
	if errors.As(err, &ope) {
		fmt.Println(ope.Path, errors.Unwrap(ope) == os.ErrPermission)
	}
	fmt.Printf("%v\n", err)

	err = safeIndex([]int{1, 2, 3}, 7)
	var re runtime.Error
	fmt.Println(errors.As(err, &re), re)
	fmt.Println(errors.As(errors.New("plain"), &re))
}
