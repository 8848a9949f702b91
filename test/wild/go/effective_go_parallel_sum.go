// Effective Go style: parallelise a computation across CPU-sized segments, signal completion on a channel
package main

import (
	"fmt"
	"runtime"
)

type Vector []float64

func (v Vector) DoSome(i, n int, u Vector, c chan int) {
	for ; i < n; i++ {
		v[i] += u[i] * 2
	}
	c <- 1
}

const numCPU = 4

func (v Vector) DoAll(u Vector) {
	c := make(chan int, numCPU)
	for i := 0; i < numCPU; i++ {
		go v.DoSome(i*len(v)/numCPU, (i+1)*len(v)/numCPU, u, c)
	}
	for i := 0; i < numCPU; i++ {
		<-c
	}
}

func main() {
	_ = runtime.NumCPU() // real code would use this; fixed here for repeatable output
	v := make(Vector, 1000)
	u := make(Vector, 1000)
	for i := range u {
		u[i] = float64(i)
		v[i] = 1
	}
	v.DoAll(u)
	total := 0.0
	for _, x := range v {
		total += x
	}
	fmt.Println("first:", v[:5])
	fmt.Println("last:", v[len(v)-1])
	fmt.Printf("total: %.1f\n", total)
}
