// Classic exercise: parallel matrix multiplication - a fixed pool of workers takes row indexes from a channel and writes disjoint rows of the result; checked against the sequential product, identity and transpose laws
package main

import (
	"fmt"
	"sync"
)

type Matrix [][]int64

func New(r, c int, f func(i, j int) int64) Matrix {
	m := make(Matrix, r)
	for i := range m {
		m[i] = make([]int64, c)
		for j := range m[i] {
			m[i][j] = f(i, j)
		}
	}
	return m
}

func (a Matrix) mulRow(b Matrix, i int, out []int64) {
	for j := range out {
		var s int64
		for k := range b {
			s += a[i][k] * b[k][j]
		}
		out[j] = s
	}
}

func MulSeq(a, b Matrix) Matrix {
	c := New(len(a), len(b[0]), func(int, int) int64 { return 0 })
	for i := range a {
		a.mulRow(b, i, c[i])
	}
	return c
}

func MulPar(a, b Matrix, workers int) (Matrix, []int) {
	c := New(len(a), len(b[0]), func(int, int) int64 { return 0 })
	rows := make(chan int)
	perWorker := make([]int, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range rows {
				a.mulRow(b, i, c[i])
				perWorker[w]++
			}
		}()
	}
	for i := range a {
		rows <- i
	}
	close(rows)
	wg.Wait()
	return c, perWorker
}

func (a Matrix) Equal(b Matrix) bool {
	for i := range a {
		for j := range a[i] {
			if a[i][j] != b[i][j] {
				return false
			}
		}
	}
	return len(a) == len(b)
}

func (a Matrix) T() Matrix {
	return New(len(a[0]), len(a), func(i, j int) int64 { return a[j][i] })
}

func (a Matrix) Trace() (t int64) {
	for i := range a {
		t += a[i][i]
	}
	return
}

func main() {
	a := Matrix{{1, 2, 3}, {4, 5, 6}}
	b := Matrix{{7, 8}, {9, 10}, {11, 12}}
	p, _ := MulPar(a, b, 2)
	fmt.Println(p)
	for _, row := range p.T() {
		fmt.Printf("%5d\n", row)
	}

	n := 60
	x := New(n, n, func(i, j int) int64 { return int64((i*7+j*3)%11 - 5) })
	y := New(n, n, func(i, j int) int64 { return int64((i*i+j)%13 - 6) })
	id := New(n, n, func(i, j int) int64 {
		if i == j {
			return 1
		}
		return 0
	})
	seq := MulSeq(x, y)
	for _, w := range []int{1, 3, 8} {
		par, per := MulPar(x, y, w)
		sum := 0
		for _, c := range per {
			sum += c
		}
		fmt.Printf("workers=%d equal=%v rows=%d\n", w, par.Equal(seq), sum)
	}
	xi, _ := MulPar(x, id, 4)
	fmt.Println("x*I == x:", xi.Equal(x))
	yt, _ := MulPar(y.T(), x.T(), 4)
	fmt.Println("(xy)^T == y^T x^T:", seq.T().Equal(yt))
	fmt.Println("trace:", seq.Trace(), "corner:", seq[0][0], seq[n-1][n-1])
}
