// Go by Example "context" + "exit" style: a batch of jobs run under one context.WithTimeout; a slow job misses the deadline, the error is classified with errors.Is(err, context.DeadlineExceeded), main prints a summary and os.Exit(4) (deferred calls are skipped)
package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"sort"
	"sync"
	"time"
)

type job struct {
	name string
	cost time.Duration
}

func run(ctx context.Context, j job) error {
	select {
	case <-time.After(j.cost):
		return nil
	case <-ctx.Done():
		return fmt.Errorf("job %s: %w", j.name, context.Cause(ctx))
	}
}

func main() {
	defer fmt.Println("this deferred line is skipped by os.Exit")
	jobs := []job{
		{"resize", 2 * time.Millisecond},
		{"thumbnail", 5 * time.Millisecond},
		{"transcode", 2 * time.Second},
		{"index", 1 * time.Millisecond},
	}
	ctx, cancel := context.WithTimeout(context.Background(), 150*time.Millisecond)
	defer cancel()

	var mu sync.Mutex
	var failed []string
	var errs []error
	var wg sync.WaitGroup
	for _, j := range jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := run(ctx, j); err != nil {
				mu.Lock()
				failed = append(failed, j.name)
				errs = append(errs, err)
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	sort.Strings(failed)
	fmt.Printf("%d of %d jobs finished\n", len(jobs)-len(failed), len(jobs))
	err := errors.Join(errs...)
	if err == nil {
		fmt.Println("all good")
		return
	}
	fmt.Println("failed:", failed)
	fmt.Println(err)
	if errors.Is(err, context.DeadlineExceeded) {
		fmt.Fprintln(os.Stderr, "deadline exceeded, exiting with status 4")
		os.Exit(4)
	}
	os.Exit(1)
}
