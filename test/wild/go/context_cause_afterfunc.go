// Go 1.20/1.21 context docs style: WithCancelCause, Cause, WithTimeoutCause, AfterFunc, WithoutCancel
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

var ErrShutdown = errors.New("server shutting down")
var ErrTooSlow = errors.New("backend too slow")

func main() {
	ctx, cancel := context.WithCancelCause(context.Background())
	fmt.Println("before:", ctx.Err(), context.Cause(ctx))
	cancel(ErrShutdown)
	cancel(errors.New("second cancel is ignored"))
	fmt.Println("after:", ctx.Err(), "| cause:", context.Cause(ctx))
	fmt.Println("is Canceled:", errors.Is(ctx.Err(), context.Canceled))

	// a child inherits the parent's cause
	child, stop := context.WithCancel(ctx)
	defer stop()
	fmt.Println("child cause:", context.Cause(child))

	// cancel(nil) makes the cause context.Canceled
	c2, cancel2 := context.WithCancelCause(context.Background())
	cancel2(nil)
	fmt.Println("nil cause:", context.Cause(c2))

	tctx, tcancel := context.WithTimeoutCause(context.Background(), 20*time.Millisecond, ErrTooSlow)
	defer tcancel()
	select {
	case <-tctx.Done():
		fmt.Println("timeout:", tctx.Err(), "| cause:", context.Cause(tctx))
	case <-time.After(2 * time.Second):
		fmt.Println("timer never fired")
	}

	// AfterFunc runs in its own goroutine once the context is done
	actx, acancel := context.WithCancel(context.Background())
	ran := make(chan string, 1)
	stopAfter := context.AfterFunc(actx, func() { ran <- "cleanup ran" })
	acancel()
	fmt.Println(<-ran)
	fmt.Println("stop after it ran:", stopAfter())

	bctx, bcancel := context.WithCancel(context.Background())
	stopB := context.AfterFunc(bctx, func() { fmt.Println("should not run") })
	fmt.Println("stop before cancel:", stopB())
	bcancel()

	// WithoutCancel keeps values but not cancellation
	type key struct{}
	vctx, vcancel := context.WithCancel(context.WithValue(context.Background(), key{}, "trace-1"))
	detached := context.WithoutCancel(vctx)
	vcancel()
	fmt.Println("detached:", detached.Err(), detached.Value(key{}), "parent:", vctx.Err())
	time.Sleep(10 * time.Millisecond)
	fmt.Println("done")
}
