// Go test/chan style: non-blocking sends and receives over buffered and unbuffered channels
package main

import (
	"fmt"
	"runtime"
	"time"
)

func i32receiver(c chan int32, strobe chan bool) {
	if <-c != 123 {
		panic("i32 value")
	}
	strobe <- true
}

func i32sender(c chan int32, strobe chan bool) {
	c <- 234
	strobe <- true
}

func sleep() {
	for i := 0; i < 10; i++ {
		runtime.Gosched()
	}
	time.Sleep(time.Millisecond)
}

const maxTries = 10000

func main() {
	var i32 int32
	var ok bool
	sync := make(chan bool)

	for buffer := 0; buffer < 2; buffer++ {
		c32 := make(chan int32, buffer)

		select {
		case i32 = <-c32:
			panic("blocked i32sender")
		default:
		}

		go i32receiver(c32, sync)
		try := 0
	Send32:
		for {
			select {
			case c32 <- 123:
				break Send32
			default:
				try++
				if try > maxTries {
					panic("i32receiver buffer=" + fmt.Sprint(buffer))
				}
				sleep()
			}
		}
		<-sync

		go i32sender(c32, sync)
		if buffer > 0 {
			<-sync
		}
		try = 0
	Recv32:
		for {
			select {
			case i32, ok = <-c32:
				if !ok || i32 != 234 {
					panic("i32sender value")
				}
				break Recv32
			default:
				try++
				if try > maxTries {
					panic("i32sender buffer=" + fmt.Sprint(buffer))
				}
				sleep()
			}
		}
		if buffer == 0 {
			<-sync
		}
		fmt.Println("buffer", buffer, "ok", i32)
	}
	fmt.Println("PASS")
}
