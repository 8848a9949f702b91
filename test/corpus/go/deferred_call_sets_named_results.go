// A deferred function may change named results after return sets them; a blank result keeps the returned value, a shadowing variable does not hide the result.
package main

import (
	"errors"
	"fmt"
)

func pair() (int, error) { return 5, nil }

func withBlank() (_ int, status string) {
	defer func() { status = "checked" }()
	return 13, "unchecked"
}

func fromPair() (n int, err error) {
	defer func() {
		if err == nil {
			n *= 10
		}
	}()
	return pair()
}

func shadowed() (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("wrapped: %w", err)
		}
	}()
	if err := errors.New("inner failure"); err != nil {
		return err
	}
	return nil
}

func main() {
	fmt.Println(withBlank())
	fmt.Println(fromPair())
	fmt.Println(shadowed())
}
