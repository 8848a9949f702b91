// Go by Example / errors docs style: workers return wrapped errors; main classifies them with errors.Is/As into pointer, value and interface targets
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"sort"
	"strconv"
	"sync"
)

type NotFoundError struct{ Key string }

func (e *NotFoundError) Error() string { return "not found: " + e.Key }

type TimeoutError struct{ Op string }

func (e TimeoutError) Error() string   { return e.Op + ": timeout" }
func (e TimeoutError) Temporary() bool { return true }

type temporary interface{ Temporary() bool }

var ErrQuota = errors.New("quota exceeded")

type job struct {
	id  int
	arg string
}

func process(j job) (int, error) {
	switch {
	case j.arg == "missing":
		return 0, fmt.Errorf("job %d: lookup: %w", j.id, &NotFoundError{Key: j.arg})
	case j.arg == "slow":
		return 0, fmt.Errorf("job %d: %w", j.id, TimeoutError{Op: "fetch"})
	case j.arg == "big":
		return 0, fmt.Errorf("job %d: store: %w", j.id, fmt.Errorf("bucket 7: %w", ErrQuota))
	case j.arg == "perm":
		return 0, &fs.PathError{Op: "open", Path: "/etc/" + j.arg, Err: fs.ErrPermission}
	}
	n, err := strconv.Atoi(j.arg)
	if err != nil {
		return 0, fmt.Errorf("job %d: %w", j.id, err)
	}
	return n * 2, nil
}

type outcome struct {
	id  int
	val int
	err error
}

func main() {
	args := []string{"21", "missing", "slow", "x9", "big", "perm", "99999999999999999999", "4"}
	jobs := make(chan job)
	outs := make(chan outcome)
	var wg sync.WaitGroup
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				v, err := process(j)
				outs <- outcome{j.id, v, err}
			}
		}()
	}
	go func() {
		for i, a := range args {
			jobs <- job{i, a}
		}
		close(jobs)
	}()
	go func() { wg.Wait(); close(outs) }()

	var all []outcome
	for o := range outs {
		all = append(all, o)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].id < all[j].id })

	for _, o := range all {
		if o.err == nil {
			fmt.Printf("%d ok %d\n", o.id, o.val)
			continue
		}
		var nf *NotFoundError
		var te TimeoutError
		var tmp temporary
		var ne *strconv.NumError
		var pe *fs.PathError
		switch {
		case errors.As(o.err, &nf):
			fmt.Printf("%d not-found key=%q\n", o.id, nf.Key)
		case errors.As(o.err, &te):
			fmt.Printf("%d timeout op=%s temporary=%t (as interface: %t)\n", o.id, te.Op, te.Temporary(), errors.As(o.err, &tmp))
		case errors.Is(o.err, ErrQuota):
			fmt.Printf("%d quota: %v\n", o.id, o.err)
		case errors.As(o.err, &ne):
			fmt.Printf("%d bad number func=%s num=%q range=%t syntax=%t\n", o.id, ne.Func, ne.Num,
				errors.Is(o.err, strconv.ErrRange), errors.Is(o.err, strconv.ErrSyntax))
		case errors.As(o.err, &pe):
			fmt.Printf("%d path op=%s path=%s permission=%t\n", o.id, pe.Op, pe.Path, errors.Is(o.err, fs.ErrPermission))
		default:
			fmt.Printf("%d other: %v\n", o.id, o.err)
		}
		fmt.Printf("   message: %s | unwrap once: %v\n", o.err, errors.Unwrap(o.err))
	}
}
