// Blog/CLI style: validate records, print a report, and os.Exit(3) when any record fails (defers skipped)
package main

import (
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"
)

type Record struct {
	Line  int
	Name  string
	Email string
	Age   string
}

func (r Record) Validate() error {
	var errs []error
	if strings.TrimSpace(r.Name) == "" {
		errs = append(errs, errors.New("empty name"))
	}
	if !strings.Contains(r.Email, "@") {
		errs = append(errs, fmt.Errorf("bad email %q", r.Email))
	}
	if n, err := strconv.Atoi(r.Age); err != nil {
		errs = append(errs, fmt.Errorf("age: %w", err))
	} else if n < 0 || n > 150 {
		errs = append(errs, fmt.Errorf("age %d out of range", n))
	}
	return errors.Join(errs...)
}

func main() {
	defer fmt.Println("this deferred line is never printed")
	data := `ann,ann@example.com,34
,nobody.example.com,x
cid,cid@example.com,200
dee,dee@example.com,41`

	var records []Record
	for i, line := range strings.Split(data, "\n") {
		f := strings.Split(line, ",")
		records = append(records, Record{Line: i + 1, Name: f[0], Email: f[1], Age: f[2]})
	}
	failed := 0
	for _, r := range records {
		if err := r.Validate(); err != nil {
			failed++
			fmt.Printf("line %d: INVALID\n", r.Line)
			for _, msg := range strings.Split(err.Error(), "\n") {
				fmt.Println("    -", msg)
			}
			continue
		}
		fmt.Printf("line %d: ok (%s)\n", r.Line, r.Name)
	}
	fmt.Printf("%d of %d records failed\n", failed, len(records))
	if failed > 0 {
		fmt.Fprintln(os.Stderr, "validation failed")
		os.Exit(3)
	}
}
