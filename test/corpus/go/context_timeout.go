// context.WithTimeout: a slow operation is abandoned when the deadline passes;
// a fast one finishes first. errors.Is recognises context.DeadlineExceeded.
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func fetch(ctx context.Context, delay time.Duration) (string, error) {
	result := make(chan string, 1)
	go func() {
		time.Sleep(delay)
		result <- fmt.Sprintf("data after %v", delay)
	}()
	select {
	case r := <-result:
		return r, nil
	case <-ctx.Done():
		return "", ctx.Err()
	}
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 500*time.Millisecond)
	defer cancel()
	r, err := fetch(ctx, 2*time.Millisecond)
	fmt.Printf("fast: %q, err: %v\n", r, err)

	ctx2, cancel2 := context.WithTimeout(context.Background(), 3*time.Millisecond)
	defer cancel2()
	r, err = fetch(ctx2, 300*time.Millisecond)
	fmt.Printf("slow: %q, err: %v\n", r, err)
	fmt.Println("deadline exceeded:", errors.Is(err, context.DeadlineExceeded))
	fmt.Println("canceled:", errors.Is(err, context.Canceled))

	ctx3, cancel3 := context.WithTimeout(context.Background(), time.Hour)
	cancel3()
	<-ctx3.Done()
	fmt.Println("cancelled before timeout:", ctx3.Err())
}
