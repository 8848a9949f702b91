// A named channel type with methods, used directly and through an interface.
package main

import "fmt"

type Jobs chan int

func (j Jobs) Submit(n int) { j <- n }
func (j Jobs) Drain() (sum int) {
	close(j)
	for n := range j {
		sum += n
	}
	return
}

type Queue interface {
	Submit(n int)
	Drain() int
}

func fill(q Queue, count int) {
	for i := 1; i <= count; i++ {
		q.Submit(i)
	}
}

func main() {
	jobs := make(Jobs, 10)
	jobs.Submit(100)
	fill(jobs, 4)
	fmt.Println(len(jobs), cap(jobs))
	var q Queue = jobs
	fmt.Println(q.Drain())
}
