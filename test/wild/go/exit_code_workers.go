// Blog style: workers report failures over a channel; main prints a summary and exits with status 3
package main

import (
	"errors"
	"fmt"
	"os"
	"sort"
	"strings"
	"sync"
)

type outcome struct {
	name string
	err  error
}

func check(name string) error {
	switch {
	case strings.HasPrefix(name, "db"):
		return errors.New("connection refused")
	case len(name) > 8:
		return fmt.Errorf("name %q too long", name)
	}
	return nil
}

func main() {
	services := []string{"api", "db-primary", "cache", "db-replica", "frontend", "scheduler"}
	out := make(chan outcome)
	var wg sync.WaitGroup
	for _, s := range services {
		wg.Add(1)
		go func() {
			defer wg.Done()
			out <- outcome{s, check(s)}
		}()
	}
	go func() { wg.Wait(); close(out) }()

	var failed []outcome
	okCount := 0
	for o := range out {
		if o.err != nil {
			failed = append(failed, o)
		} else {
			okCount++
		}
	}
	sort.Slice(failed, func(i, j int) bool { return failed[i].name < failed[j].name })
	fmt.Printf("%d healthy, %d failing\n", okCount, len(failed))
	for _, f := range failed {
		fmt.Printf("  %-12s %v\n", f.name, f.err)
	}
	if len(failed) > 0 {
		os.Exit(3)
	}
}
