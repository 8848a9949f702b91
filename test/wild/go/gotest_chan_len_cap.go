// Go test/chan style: len and cap of buffered, unbuffered, nil and closed channels, draining after close, %T of channel types
package main

import "fmt"

type token struct{}

func report(name string, l, c int) {
	fmt.Printf("%-10s len=%d cap=%d\n", name, l, c)
}

func main() {
	var nilc chan int
	unbuf := make(chan string)
	buf := make(chan int, 4)
	report("nil", len(nilc), cap(nilc))
	report("unbuf", len(unbuf), cap(unbuf))
	report("buf", len(buf), cap(buf))

	for i := 1; i <= 3; i++ {
		buf <- i * 11
		report(fmt.Sprintf("buf+%d", i), len(buf), cap(buf))
	}
	close(buf)
	report("closed", len(buf), cap(buf))
	for {
		v, ok := <-buf
		fmt.Printf("recv v=%d ok=%t len=%d\n", v, ok, len(buf))
		if !ok {
			break
		}
	}
	// receiving again keeps yielding zero values
	for i := 0; i < 2; i++ {
		v, ok := <-buf
		fmt.Println("again:", v, ok)
	}

	var sendOnly chan<- float64 = make(chan float64, 2)
	var recvOnly <-chan token = make(chan token, 1)
	fmt.Printf("%T %T %T %T\n", nilc, unbuf, sendOnly, recvOnly)
	fmt.Println("sendOnly cap:", cap(sendOnly), "recvOnly cap:", cap(recvOnly))

	chch := make(chan chan int, 2)
	chch <- buf
	chch <- nil
	fmt.Printf("%T len=%d\n", chch, len(chch))
	first := <-chch
	second := <-chch
	fmt.Println("first is buf:", first == buf, "second is nil:", second == nil)

	// a buffered channel of zero-size elements still counts
	sig := make(chan token, 5)
	for len(sig) < cap(sig) {
		sig <- token{}
	}
	fmt.Println("signals queued:", len(sig))
	n := 0
	for len(sig) > 0 {
		<-sig
		n++
	}
	fmt.Println("signals drained:", n)
	fmt.Println("channels equal:", unbuf == unbuf, nilc == nil)
}
