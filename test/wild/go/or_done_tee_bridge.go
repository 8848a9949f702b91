// "Concurrency in Go" book style: orDone, tee and bridge channel combinators with generics
package main

import "fmt"

func orDone[T any](done <-chan struct{}, c <-chan T) <-chan T {
	out := make(chan T)
	go func() {
		defer close(out)
		for {
			select {
			case <-done:
				return
			case v, ok := <-c:
				if !ok {
					return
				}
				select {
				case out <- v:
				case <-done:
				}
			}
		}
	}()
	return out
}

func tee[T any](done <-chan struct{}, in <-chan T) (<-chan T, <-chan T) {
	out1, out2 := make(chan T), make(chan T)
	go func() {
		defer close(out1)
		defer close(out2)
		for v := range orDone(done, in) {
			var o1, o2 = out1, out2
			for i := 0; i < 2; i++ {
				select {
				case o1 <- v:
					o1 = nil
				case o2 <- v:
					o2 = nil
				}
			}
		}
	}()
	return out1, out2
}

func bridge[T any](done <-chan struct{}, chanStream <-chan (<-chan T)) <-chan T {
	out := make(chan T)
	go func() {
		defer close(out)
		for stream := range orDone(done, chanStream) {
			for v := range orDone(done, stream) {
				select {
				case out <- v:
				case <-done:
				}
			}
		}
	}()
	return out
}

func take[T any](done <-chan struct{}, in <-chan T, n int) []T {
	var got []T
	for i := 0; i < n; i++ {
		select {
		case <-done:
			return got
		case v, ok := <-in:
			if !ok {
				return got
			}
			got = append(got, v)
		}
	}
	return got
}

func repeat(done <-chan struct{}, vals ...string) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for {
			for _, v := range vals {
				select {
				case <-done:
					return
				case out <- v:
				}
			}
		}
	}()
	return out
}

func main() {
	done := make(chan struct{})
	defer close(done)

	out1, out2 := tee(done, orDone(done, repeat(done, "a", "b", "c")))
	for i := 0; i < 4; i++ {
		fmt.Printf("out1: %v, out2: %v\n", <-out1, <-out2)
	}

	genVals := func() <-chan (<-chan int) {
		chanStream := make(chan (<-chan int))
		go func() {
			defer close(chanStream)
			for i := 0; i < 5; i++ {
				stream := make(chan int, 2)
				stream <- i
				stream <- i * 10
				close(stream)
				chanStream <- stream
			}
		}()
		return chanStream
	}
	fmt.Println(take(done, bridge(done, genVals()), 100))
	fmt.Println(take(done, repeat(done, "x", "y"), 5))
}
