// Tour-style: errors exercise, ErrNegativeSqrt float64 with an Error method, Newton's method
package main

import (
	"fmt"
	"math"
)

type ErrNegativeSqrt float64

func (e ErrNegativeSqrt) Error() string {
	return fmt.Sprintf("cannot Sqrt negative number: %v", float64(e))
}

func Sqrt(x float64) (float64, error) {
	if x < 0 {
		return 0, ErrNegativeSqrt(x)
	}
	z := 1.0
	for i := 0; i < 100; i++ {
		next := z - (z*z-x)/(2*z)
		if math.Abs(next-z) < 1e-12 {
			break
		}
		z = next
	}
	return z, nil
}

type MyError struct {
	When string
	What string
}

func (e *MyError) Error() string {
	return fmt.Sprintf("at %v, %s", e.When, e.What)
}

func run() error {
	return &MyError{"step 3", "it didn't work"}
}

func main() {
	for _, x := range []float64{2, 9, -2, 0.25} {
		v, err := Sqrt(x)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("Sqrt(%v) = %.6f (math: %.6f)\n", x, v, math.Sqrt(x))
	}
	if err := run(); err != nil {
		fmt.Println(err)
	}
	var e error = ErrNegativeSqrt(-7)
	if n, ok := e.(ErrNegativeSqrt); ok {
		fmt.Println("negative by", float64(n))
	}
}
