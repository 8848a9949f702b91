// Go by Example "panic" + errors.Join style: a Must helper (like regexp.MustCompile) validates every field, joins the errors and panics with the joined error; the deferred prints run, then the multi-line error text ends the program (exit 2)
package main

import (
	"errors"
	"fmt"
	"strings"
)

type User struct {
	Name  string
	Email string
	Age   int
}

var ErrInvalid = errors.New("invalid user")

func validate(u User) error {
	var errs []error
	if strings.TrimSpace(u.Name) == "" {
		errs = append(errs, errors.New("name is empty"))
	}
	if !strings.Contains(u.Email, "@") {
		errs = append(errs, fmt.Errorf("email %q has no @", u.Email))
	}
	if u.Age < 0 || u.Age > 150 {
		errs = append(errs, fmt.Errorf("age %d out of range", u.Age))
	}
	if len(errs) == 0 {
		return nil
	}
	return fmt.Errorf("%w: %w", ErrInvalid, errors.Join(errs...))
}

func Must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func NewUser(name, email string, age int) (User, error) {
	u := User{name, email, age}
	return u, validate(u)
}

func main() {
	defer fmt.Println("deferred: main is unwinding")
	good := Must(NewUser("Ada", "ada@example.com", 36))
	fmt.Printf("%+v\n", good)

	_, err := NewUser("", "nobody", 200)
	fmt.Println("is ErrInvalid:", errors.Is(err, ErrInvalid))
	fmt.Println("lines in message:", len(strings.Split(err.Error(), "\n")))

	func() {
		defer func() {
			r := recover()
			fmt.Printf("recovered %T once\n", r)
		}()
		Must(NewUser("Bob", "bob-at-home", 30))
	}()

	users := []User{good, Must(NewUser(" ", "x", -1))}
	fmt.Println("never printed", len(users))
}
