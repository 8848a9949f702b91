// Complex numbers as A Tour of Go and the spec show them: complex128 and complex64 values
// made with complex() or imaginary literals, their arithmetic, real and imag, == and
// math/cmplx, printed by fmt with %v, %.2f and %T.
package main

import (
	"fmt"
	"math"
	"math/cmplx"
)

var (
	ToBe   bool       = false
	MaxInt uint64     = 1<<64 - 1
	z      complex128 = cmplx.Sqrt(-5 + 12i)
)

// escapeTime counts the iterations before z*z + c leaves the circle of radius 2.
func escapeTime(c complex128, limit int) int {
	z := complex(0, 0)
	for i := 0; i < limit; i++ {
		z = z*z + c
		if cmplx.Abs(z) > 2 {
			return i
		}
	}
	return limit
}

type Phasor struct {
	Label string
	Value complex128
}

func main() {
	fmt.Printf("Type: %T Value: %v\n", ToBe, ToBe)
	fmt.Printf("Type: %T Value: %v\n", MaxInt, MaxInt)
	fmt.Printf("Type: %T Value: %v\n", z, z)

	a := complex(3, 4)
	b := 1 - 2i
	fmt.Println(a+b, a-b, a*b, a/b, -a)
	fmt.Println("real:", real(a), "imag:", imag(a), "abs:", cmplx.Abs(a))
	fmt.Println("conjugate:", cmplx.Conj(a), "a == 3+4i:", a == 3+4i, "a != b:", a != b)
	fmt.Printf("%.2f | %8.3f | %+.1e | %v\n", a/b, b, a, 2.25+1i)

	var small complex64 = complex(1.5, -0.5)
	fmt.Printf("%v %T %T\n", small*small, small, real(small))

	r, theta := cmplx.Polar(a)
	fmt.Printf("polar: r=%.2f theta=%.4f back=%.2f\n", r, theta, cmplx.Rect(r, theta))
	fmt.Printf("half turn: %.3f\n", cmplx.Rect(1, math.Pi))

	var acc complex128 = 2
	acc *= 1i
	acc += 1
	acc /= 2
	fmt.Println("acc:", acc, "i*i:", 1i*1i)

	for _, c := range []complex128{0, -1, 1 + 1i, -0.5 + 0.5i} {
		fmt.Printf("escape(%v) = %d\n", c, escapeTime(c, 20))
	}

	p := Phasor{"V", complex(230, 0)}
	p.Value *= cmplx.Exp(0)
	fmt.Printf("%v %+v\n", p, p)

	var boxed any = small
	switch v := boxed.(type) {
	case complex128:
		fmt.Println("complex128", v)
	case complex64:
		fmt.Println("complex64", real(v), imag(v))
	}
	fmt.Println("divide by zero:", a/0, cmplx.IsInf(a/0))
}
