// An error from errors.Join or a multi-%w Errorf unwraps to a []error; a single %w to one error.
package main

import (
	"errors"
	"fmt"
)

var ErrMissing = errors.New("missing field")

type FieldError struct{ Name string }

func (e *FieldError) Error() string { return "bad field " + e.Name }

func validate(rec map[string]string) error {
	var errs []error
	for _, name := range []string{"id", "email", "age"} {
		if v, ok := rec[name]; !ok {
			errs = append(errs, fmt.Errorf("%s: %w", name, ErrMissing))
		} else if v == "" {
			errs = append(errs, &FieldError{name})
		}
	}
	return errors.Join(errs...)
}

type multi interface{ Unwrap() []error }

func describe(err error) {
	if m, ok := err.(multi); ok {
		parts := m.Unwrap()
		fmt.Println("list of", len(parts))
		for i, p := range parts {
			fmt.Printf("  %d: %v (inner: %v)\n", i, p, errors.Unwrap(p))
		}
		return
	}
	fmt.Println("not a list; errors.Unwrap:", errors.Unwrap(err))
}

func main() {
	err := validate(map[string]string{"email": ""})
	describe(err)
	fmt.Println(errors.Is(err, ErrMissing))
	var fe *FieldError
	fmt.Println(errors.As(err, &fe), fe.Name)

	describe(errors.Join(ErrMissing))
	describe(fmt.Errorf("both: %w and %w", ErrMissing, &FieldError{"x"}))
	fmt.Println(errors.Unwrap(fmt.Errorf("load: %w", ErrMissing)))
	describe(ErrMissing)
	if list, ok := err.(interface{ Unwrap() []error }); ok {
		fmt.Println("unnamed interface sees", len(list.Unwrap()))
	}
	fmt.Println(validate(map[string]string{"id": "1", "email": "a@b", "age": "3"}) == nil)
}
