// Go 1.20 errors docs style: errors.Join, multiple %w, custom Is/As methods, Unwrap() []error
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"strings"
)

var ErrNotFound = errors.New("not found")

type HTTPError struct {
	Code int
	Msg  string
}

func (e *HTTPError) Error() string { return fmt.Sprintf("http %d: %s", e.Code, e.Msg) }

// Is makes every 404 match ErrNotFound.
func (e *HTTPError) Is(target error) bool { return target == ErrNotFound && e.Code == 404 }

type ValidationErrors struct {
	errs []error
}

func (v ValidationErrors) Error() string {
	parts := make([]string, len(v.errs))
	for i, e := range v.errs {
		parts[i] = e.Error()
	}
	return "validation: " + strings.Join(parts, "; ")
}

func (v ValidationErrors) Unwrap() []error { return v.errs }

type FieldError struct{ Field string }

func (f FieldError) Error() string { return f.Field + " is required" }

func validate(m map[string]string) error {
	var errs []error
	for _, k := range []string{"name", "email", "age"} {
		if m[k] == "" {
			errs = append(errs, FieldError{k})
		}
	}
	if len(errs) == 0 {
		return nil
	}
	return ValidationErrors{errs}
}

func main() {
	e404 := fmt.Errorf("fetch user: %w", &HTTPError{404, "no such user"})
	e500 := fmt.Errorf("fetch user: %w", &HTTPError{500, "oops"})
	fmt.Println(e404, "| is NotFound:", errors.Is(e404, ErrNotFound))
	fmt.Println(e500, "| is NotFound:", errors.Is(e500, ErrNotFound))
	var he *HTTPError
	if errors.As(e500, &he) {
		fmt.Println("as HTTPError, code", he.Code)
	}

	joined := errors.Join(ErrNotFound, nil, fs.ErrPermission)
	fmt.Printf("joined:\n%v\n", joined)
	fmt.Println(errors.Is(joined, fs.ErrPermission), errors.Is(joined, fs.ErrExist))
	fmt.Println("join of nils:", errors.Join(nil, nil) == nil)

	two := fmt.Errorf("both: %w and %w", ErrNotFound, fs.ErrClosed)
	fmt.Println(two, errors.Is(two, fs.ErrClosed), errors.Unwrap(two) == nil)

	err := validate(map[string]string{"name": "x"})
	fmt.Println(err)
	var fe FieldError
	fmt.Println("first field error:", errors.As(err, &fe), fe.Field)
	fmt.Println("valid:", validate(map[string]string{"name": "a", "email": "b", "age": "3"}))

	chain := fmt.Errorf("layer3: %w", fmt.Errorf("layer2: %w", fmt.Errorf("layer1: %w", ErrNotFound)))
	for e := error(chain); e != nil; e = errors.Unwrap(e) {
		fmt.Println(" -", e)
	}
	plain := fmt.Errorf("plain: %v", ErrNotFound)
	fmt.Println(plain, "still matches:", errors.Is(plain, ErrNotFound))
}
