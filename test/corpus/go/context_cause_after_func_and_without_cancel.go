// Go 1.20+ contexts remember why they were cancelled (context.Cause), run cleanup with
// context.AfterFunc, and context.WithoutCancel detaches a context from its parent's cancellation.
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

var errMaintenance = errors.New("maintenance window")
var errBudget = errors.New("latency budget spent")

type userKey struct{}

func main() {
	root, stopAll := context.WithCancelCause(context.Background())
	worker, stopWorker := context.WithCancel(root)
	defer stopWorker()
	fmt.Println("running:", root.Err(), context.Cause(root))
	stopAll(errMaintenance)
	stopAll(errors.New("ignored: already cancelled"))
	fmt.Println("root:", root.Err(), "/", context.Cause(root))
	fmt.Println("worker:", worker.Err(), "/", context.Cause(worker))
	late, stopLate := context.WithCancel(root)
	defer stopLate()
	fmt.Println("created after:", late.Err(), "/", context.Cause(late))

	plain, cancelPlain := context.WithCancelCause(context.Background())
	cancelPlain(nil)
	fmt.Println("nil cause:", context.Cause(plain))
	onlyErr, cancelOnly := context.WithCancel(context.Background())
	cancelOnly()
	fmt.Println("no cause given:", context.Cause(onlyErr))

	slow, cancelSlow := context.WithTimeoutCause(context.Background(), 10*time.Millisecond, errBudget)
	defer cancelSlow()
	<-slow.Done()
	fmt.Println("timeout:", slow.Err(), "/", context.Cause(slow), errors.Is(slow.Err(), context.DeadlineExceeded))
	early, cancelEarly := context.WithDeadlineCause(context.Background(), time.Now().Add(time.Hour), errBudget)
	cancelEarly()
	fmt.Println("cancelled before the deadline:", context.Cause(early))

	job, finish := context.WithCancel(context.Background())
	cleaned := make(chan string)
	stopCleanup := context.AfterFunc(job, func() { cleaned <- "cleanup ran" })
	kept := context.AfterFunc(job, func() { fmt.Println("never printed") })
	fmt.Println("stopped one:", kept(), "again:", kept())
	finish()
	fmt.Println(<-cleaned, "| stop now:", stopCleanup())
	context.AfterFunc(job, func() { cleaned <- "runs at once on a done context" })
	fmt.Println(<-cleaned)

	parent, cancelParent := context.WithCancel(context.WithValue(context.Background(), userKey{}, "kai"))
	detached := context.WithoutCancel(parent)
	cancelParent()
	fmt.Println("detached:", detached.Err(), context.Cause(detached), detached.Value(userKey{}), detached.Done() == nil)
}
