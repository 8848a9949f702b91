// Effective Go style: leaky buffer free list built on a buffered channel with select default
package main

import "fmt"

type Buffer struct {
	id   int
	data []byte
}

var freeList = make(chan *Buffer, 3)
var serverChan = make(chan *Buffer)
var allocated int

func load(b *Buffer, msg int) {
	b.data = b.data[:0]
	b.data = append(b.data, fmt.Sprintf("msg-%02d", msg)...)
}

func client(n int, done chan<- bool) {
	for i := 0; i < n; i++ {
		var b *Buffer
		select {
		case b = <-freeList:
		default:
			allocated++
			b = &Buffer{id: allocated, data: make([]byte, 0, 16)}
		}
		load(b, i)
		serverChan <- b
	}
	close(serverChan)
	done <- true
}

func server(log *[]string, done chan<- bool) {
	for b := range serverChan {
		*log = append(*log, fmt.Sprintf("processed %s", b.data))
		select {
		case freeList <- b:
		default:
			*log = append(*log, fmt.Sprintf("dropped buffer %d", b.id))
		}
	}
	done <- true
}

func main() {
	var log []string
	done := make(chan bool)
	go server(&log, done)
	go client(8, done)
	<-done
	<-done
	for _, l := range log {
		fmt.Println(l)
	}
	fmt.Println("buffers allocated <= 2:", allocated <= 2, "all returned to free list:", len(freeList) == allocated)
}
