// Go test/chan style: every receive form a select case can take (bare, :=, comma-ok, assignment to fields, map and slice elements) and when case expressions are evaluated
package main

import "fmt"

type box struct {
	val int
	ok  bool
}

var evals []string

func pick(name string, c chan int) chan int {
	evals = append(evals, "chan "+name)
	return c
}

func value(v int) int {
	evals = append(evals, fmt.Sprint("value ", v))
	return v
}

func main() {
	c := make(chan int, 4)

	c <- 1
	select {
	case <-c:
		fmt.Println("bare receive took one value, len now", len(c))
	}

	c <- 2
	select {
	case v := <-c:
		fmt.Println("short var receive:", v)
	}

	c <- 3
	close(c)
	for i := 0; i < 2; i++ {
		select {
		case v, ok := <-c:
			fmt.Printf("comma-ok receive: v=%d ok=%t\n", v, ok)
		}
	}

	// Receive into existing variables, a struct field, a map entry and a slice element.
	d := make(chan int, 5)
	for _, v := range []int{10, 20, 30, 40, 50} {
		d <- v
	}
	var x int
	var b box
	m := map[string]int{}
	s := make([]int, 3)
	idx := 0
	next := func() int { idx++; return idx }

	select {
	case x = <-d:
	}
	select {
	case b.val, b.ok = <-d:
	}
	select {
	case m["k"] = <-d:
	}
	select {
	case s[next()] = <-d:
	}
	select {
	case s[next()] = <-d:
	}
	fmt.Println("x:", x, "box:", b, "map:", m, "slice:", s, "idx:", idx)

	// Channel and value expressions of all cases are evaluated once, in source
	// order, before select chooses; the chosen case is the only ready one.
	ready := make(chan int, 1)
	never := make(chan int)
	select {
	case pick("never-send", never) <- value(7):
		fmt.Println("impossible")
	case v := <-pick("ready-recv", ready):
		fmt.Println("impossible", v)
	case pick("ready-send", ready) <- value(8):
		fmt.Println("sent into ready")
	}
	fmt.Println("evaluated:", evals)
	fmt.Println("ready now holds", <-ready)

	// A loop where the same select sends and receives on two channels.
	in, out := make(chan int), make(chan int)
	go func() {
		for i := 1; i <= 3; i++ {
			in <- i
			fmt.Println("echoed", <-out)
		}
		close(in)
	}()
	pending := []int{}
	for in != nil || len(pending) > 0 {
		var send chan int
		var head int
		if len(pending) > 0 {
			send, head = out, pending[0]*100
		}
		select {
		case v, ok := <-in:
			if !ok {
				in = nil
				continue
			}
			pending = append(pending, v)
		case send <- head:
			pending = pending[1:]
		}
	}
	fmt.Println("loop done")

	// A receive from a closed channel with a comma-ok into a struct field.
	closed := make(chan int)
	close(closed)
	b = box{val: 99, ok: true}
	select {
	case b.val, b.ok = <-closed:
	default:
		fmt.Println("default never taken on a closed channel")
	}
	fmt.Printf("%+v\n", b)
}
