// Errors: errors.New sentinels, fmt.Errorf with %w, errors.Is through wrapping,
// custom error types with errors.As, and functions returning (value, error).
package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")

type ValidationError struct {
	Field string
}

func (e *ValidationError) Error() string { return "invalid " + e.Field }

func lookup(db map[int]string, id int) (string, error) {
	if id <= 0 {
		return "", &ValidationError{Field: "id"}
	}
	name, ok := db[id]
	if !ok {
		return "", fmt.Errorf("lookup user %d: %w", id, ErrNotFound)
	}
	return name, nil
}

func main() {
	db := map[int]string{1: "ann", 2: "ben"}
	for _, id := range []int{1, 3, -1} {
		name, err := lookup(db, id)
		if err != nil {
			fmt.Println("error:", err)
			fmt.Println("  is not found:", errors.Is(err, ErrNotFound))
			var ve *ValidationError
			if errors.As(err, &ve) {
				fmt.Println("  validation error on field", ve.Field)
			}
			continue
		}
		fmt.Println("found", name)
	}

	wrapped := fmt.Errorf("request failed: %w", fmt.Errorf("db: %w", ErrNotFound))
	fmt.Println(wrapped)
	fmt.Println(errors.Is(wrapped, ErrNotFound), errors.Unwrap(wrapped))
	fmt.Println(errors.New("a") == errors.New("a"), ErrNotFound == ErrNotFound)

	var err error
	fmt.Println("nil error:", err, err == nil)
	err = fmt.Errorf("code %d: %s", 404, "missing")
	fmt.Printf("%v | %q\n", err, err.Error())
}
