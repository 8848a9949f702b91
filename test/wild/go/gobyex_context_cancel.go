// Go by Example style: context.WithTimeout cancelling slow work, reporting ctx.Err()
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func handle(ctx context.Context, work time.Duration) (string, error) {
	select {
	case <-time.After(work):
		return "hello", nil
	case <-ctx.Done():
		return "", ctx.Err()
	}
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 150*time.Millisecond)
	defer cancel()
	res, err := handle(ctx, 2*time.Millisecond)
	fmt.Printf("fast: %q %v\n", res, err)

	res, err = handle(ctx, time.Second)
	fmt.Printf("slow: %q %v\n", res, err)
	fmt.Println("is deadline:", errors.Is(err, context.DeadlineExceeded))

	ctx2, cancel2 := context.WithCancel(context.Background())
	go func() {
		time.Sleep(5 * time.Millisecond)
		cancel2()
	}()
	_, err = handle(ctx2, time.Second)
	fmt.Println("cancelled:", err, errors.Is(err, context.Canceled))

	type key string
	vctx := context.WithValue(context.Background(), key("user"), "gopher")
	fmt.Println("value:", vctx.Value(key("user")), vctx.Value(key("missing")))
}
