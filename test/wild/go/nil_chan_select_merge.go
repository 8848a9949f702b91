// StackOverflow answer style: set a channel to nil once it is closed to disable its select case
package main

import "fmt"

func produce(prefix string, n int) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for i := 1; i <= n; i++ {
			out <- fmt.Sprintf("%s%d", prefix, i)
		}
	}()
	return out
}

func main() {
	a := produce("a", 3)
	b := produce("b", 5)
	countA, countB := 0, 0
	var lastA, lastB string
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			countA++
			lastA = v
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			countB++
			lastB = v
		}
	}
	fmt.Println("both closed, both cases disabled:", a == nil && b == nil)
	fmt.Println("from a:", countA, lastA, "from b:", countB, lastB)

	// a nil send channel disables sending until there is something to send
	in := make(chan int)
	out := make(chan int)
	go func() {
		for i := 1; i <= 4; i++ {
			in <- i
		}
		close(in)
	}()
	go func() {
		var queue []int
		for in != nil || len(queue) > 0 {
			var sendCh chan int
			var next int
			if len(queue) > 0 {
				sendCh = out
				next = queue[0]
			}
			select {
			case v, ok := <-in:
				if !ok {
					in = nil
					continue
				}
				queue = append(queue, v*v)
			case sendCh <- next:
				queue = queue[1:]
			}
		}
		close(out)
	}()
	for v := range out {
		fmt.Print(v, " ")
	}
	fmt.Println()

	var never chan int
	select {
	case v := <-never:
		fmt.Println("impossible", v)
	default:
		fmt.Println("receive from nil channel is never ready")
	}
}
