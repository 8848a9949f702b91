// StackOverflow answer style: time.After inside a for-select restarts every iteration (an idle timeout), a timer made once outside the loop bounds the whole loop; plus a time.After per attempt in a retry loop
package main

import (
	"fmt"
	"time"
)

// ticker sends n values, one every gap, then closes the channel.
func ticker(n int, gap time.Duration) <-chan int {
	ch := make(chan int)
	go func() {
		defer close(ch)
		for i := 1; i <= n; i++ {
			time.Sleep(gap)
			ch <- i
		}
	}()
	return ch
}

func idleTimeout() {
	// 15 values 2 ms apart: never idle for 150 ms, so the per-iteration timeout never fires.
	ch := ticker(15, 2*time.Millisecond)
	got, sum := 0, 0
	for {
		select {
		case v, ok := <-ch:
			if !ok {
				fmt.Println("idle timeout: stream ended normally after", got, "values, sum", sum)
				return
			}
			got++
			sum += v
		case <-time.After(150 * time.Millisecond):
			fmt.Println("idle timeout: fired (unexpected)")
			return
		}
	}
}

func totalTimeout() {
	// 40 values 10 ms apart take 400 ms; the whole loop is allowed 60 ms.
	ch := ticker(40, 10*time.Millisecond)
	deadline := time.After(60 * time.Millisecond)
	got := 0
	for {
		select {
		case _, ok := <-ch:
			if !ok {
				fmt.Println("total timeout: stream ended (unexpected)")
				return
			}
			got++
		case <-deadline:
			fmt.Println("total timeout: fired before the stream ended:", got < 40)
			return
		}
	}
}

func silence() {
	// A stream that goes quiet after three values trips the idle timeout.
	ch := make(chan string)
	go func() {
		for _, s := range []string{"a", "b", "c"} {
			ch <- s
		}
		time.Sleep(time.Second)
	}()
	var seen []string
loop:
	for {
		select {
		case s := <-ch:
			seen = append(seen, s)
		case <-time.After(150 * time.Millisecond):
			fmt.Println("silence: idle timeout after", seen)
			break loop
		}
	}
}

func retry() {
	// The first two attempts are far too slow for their 100 ms budget, the third is fast.
	delays := []time.Duration{400 * time.Millisecond, 300 * time.Millisecond, 1 * time.Millisecond}
	for attempt, d := range delays {
		reply := make(chan string, 1)
		go func() {
			time.Sleep(d)
			reply <- fmt.Sprintf("answer from attempt %d", attempt+1)
		}()
		select {
		case r := <-reply:
			fmt.Println("retry:", r)
			return
		case <-time.After(100 * time.Millisecond):
			fmt.Printf("retry: attempt %d timed out\n", attempt+1)
		}
	}
	fmt.Println("retry: gave up")
}

func main() {
	start := time.Now()
	idleTimeout()
	totalTimeout()
	silence()
	retry()
	fmt.Println("finished in under 2s:", time.Since(start) < 2*time.Second)
}
