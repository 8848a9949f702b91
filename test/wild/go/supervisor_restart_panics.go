// Blog/StackOverflow style: a supervisor goroutine restarts a worker that panics (recover in the worker, report over a channel), up to a restart budget, with a custom error type carried through the panic
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type JobError struct {
	Job    string
	Reason string
}

func (e *JobError) Error() string { return e.Job + ": " + e.Reason }

type exit struct {
	worker  string
	attempt int
	err     error
}

// runWorker executes jobs from its queue until one panics; the deferred
// recover turns the panic into an exit message instead of killing the program.
func runWorker(name string, attempt int, jobs []string, done chan<- string, exits chan<- exit) {
	defer func() {
		r := recover()
		var err error
		switch v := r.(type) {
		case nil:
		case error:
			err = v
		default:
			err = fmt.Errorf("panic: %v", v)
		}
		exits <- exit{name, attempt, err}
	}()
	for _, j := range jobs {
		switch {
		case strings.HasPrefix(j, "bad"):
			panic(&JobError{Job: j, Reason: "malformed input"})
		case strings.HasPrefix(j, "div"):
			zero := len(j) - len(j)
			_ = 10 / zero
		case strings.HasPrefix(j, "str"):
			panic("string payload " + j)
		}
		done <- name + " did " + j
	}
}

func supervise(name string, jobs []string, budget int, log chan<- string) error {
	done := make(chan string)
	exits := make(chan exit)
	var finished []string
	remaining := jobs
	for attempt := 1; ; attempt++ {
		go runWorker(name, attempt, remaining, done, exits)
	wait:
		for {
			select {
			case d := <-done:
				finished = append(finished, d)
				remaining = remaining[1:]
			case e := <-exits:
				if e.err == nil {
					log <- fmt.Sprintf("%s finished %d jobs on attempt %d", name, len(finished), e.attempt)
					return nil
				}
				var je *JobError
				if errors.As(e.err, &je) {
					log <- fmt.Sprintf("%s attempt %d: job error on %q (%s)", name, e.attempt, je.Job, je.Reason)
				} else {
					log <- fmt.Sprintf("%s attempt %d: %v", name, e.attempt, e.err)
				}
				remaining = remaining[1:] // skip the poisoned job
				if attempt == budget {
					return fmt.Errorf("%s: gave up after %d attempts: %w", name, attempt, e.err)
				}
				break wait
			}
		}
	}
}

func main() {
	plans := map[string][]string{
		"alpha": {"a1", "bad-a2", "a3", "a4"},
		"beta":  {"b1", "b2", "div-b3", "str-b4", "b5"},
		"gamma": {"bad-1", "bad-2", "bad-3", "g4"},
		"delta": {"d1", "d2"},
	}
	results := make(chan string)
	for name, jobs := range plans {
		go func() {
			var lines []string
			collected := make(chan struct{})
			sub := make(chan string)
			go func() {
				for l := range sub {
					lines = append(lines, l)
				}
				close(collected)
			}()
			err := supervise(name, jobs, 2, sub)
			close(sub)
			<-collected
			if err != nil {
				var je *JobError
				lines = append(lines, fmt.Sprintf("%s FAILED: %v (JobError inside: %t)", name, err, errors.As(err, &je)))
			}
			results <- strings.Join(lines, "\n")
		}()
	}
	var all []string
	for range plans {
		all = append(all, <-results)
	}
	sort.Strings(all)
	for _, block := range all {
		fmt.Println(block)
	}
}
