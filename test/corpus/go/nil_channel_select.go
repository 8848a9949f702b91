// A nil channel blocks forever, which disables its select case: merging two channels
// until both are closed, setting each one to nil when it is drained.
package main

import "fmt"

func numbers(from, to int) <-chan int {
	c := make(chan int)
	go func() {
		for i := from; i <= to; i++ {
			c <- i
		}
		close(c)
	}()
	return c
}

func main() {
	a := numbers(1, 5)
	b := numbers(100, 103)
	sumA, sumB := 0, 0
	drained := 0
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				drained++
				continue
			}
			sumA += v
		case v, ok := <-b:
			if !ok {
				b = nil
				drained++
				continue
			}
			sumB += v
		}
	}
	fmt.Println("drained:", drained, "a:", a == nil, "b:", b == nil)
	fmt.Println("sumA:", sumA, "sumB:", sumB)

	var never chan int
	select {
	case v := <-never:
		fmt.Println("impossible", v)
	case never <- 1:
		fmt.Println("impossible send")
	default:
		fmt.Println("nil channel is never ready")
	}
}
