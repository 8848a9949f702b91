// Errors wrapped with %w keep their identity: errors.As finds a *MyErr and a
// *strconv.NumError through the chain, errors.Join and errors.Is see every part; strconv's
// range errors, Unquote, and os.Getenv of an unset variable.
package main

import (
	"errors"
	"fmt"
	"os"
	"strconv"
)

type QuotaErr struct{ Limit int }

func (e *QuotaErr) Error() string { return "quota " + strconv.Itoa(e.Limit) + " exceeded" }

var ErrClosed = errors.New("closed")

func upload(n int) error {
	if n > 3 {
		return fmt.Errorf("upload %d files: %w", n, &QuotaErr{Limit: 3})
	}
	return nil
}

func main() {
	err := upload(5)
	var qe *QuotaErr
	if errors.As(err, &qe) {
		fmt.Println("limit:", qe.Limit, "|", err)
	}
	fmt.Println(upload(1) == nil)

	_, perr := strconv.Atoi("12a")
	var ne *strconv.NumError
	if errors.As(fmt.Errorf("config: %w", perr), &ne) {
		fmt.Println("NumError from", ne.Func, "|", perr)
	}
	_, rerr := strconv.ParseInt("300", 10, 8)
	fmt.Println(rerr, errors.Is(rerr, strconv.ErrRange))

	both := errors.Join(ErrClosed, err)
	fmt.Println(errors.Is(both, ErrClosed), errors.As(both, &qe))
	fmt.Println(both)

	s, uerr := strconv.Unquote(`"tab\there \u00e9"`)
	fmt.Println(s, uerr)
	_, uerr = strconv.Unquote(`"unterminated`)
	fmt.Println(uerr)
	fmt.Printf("%q %v\n", os.Getenv("CHAN2TS_SURELY_UNSET"), len(os.Args) >= 1)
}
