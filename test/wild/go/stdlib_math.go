// math package style: common functions, special values, integer limits, formatting floats
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Printf("%.4f %.4f %.4f\n", math.Pi, math.E, math.Sqrt2)
	fmt.Println(math.Sqrt(144), math.Pow(2, 10), math.Cbrt(27), math.Hypot(3, 4))
	fmt.Println(math.Floor(-2.5), math.Ceil(-2.5), math.Round(-2.5), math.Trunc(-2.5), math.RoundToEven(2.5))
	fmt.Println(math.Abs(-7.25), math.Max(3, 7), math.Min(3, 7), math.Mod(7, 3), math.Remainder(7, 3))
	fmt.Printf("%.6f %.6f %.6f\n", math.Sin(math.Pi/6), math.Cos(math.Pi/3), math.Atan2(1, 1))
	fmt.Printf("%.6f %.6f %.6f\n", math.Log(math.E), math.Log2(1024), math.Log10(0.001))
	inf := math.Inf(1)
	nan := math.NaN()
	fmt.Println(inf, -inf, nan, nan == nan, math.IsNaN(nan), math.IsInf(inf, 0))
	fmt.Println(1/inf, math.Signbit(math.Copysign(0, -1)))
	fmt.Println(math.MaxInt8, math.MinInt16, math.MaxUint16, uint64(math.MaxUint64))
	fmt.Println(math.MaxFloat32, math.SmallestNonzeroFloat64)
	frac, exp := math.Frexp(40)
	fmt.Println(frac, exp, math.Ldexp(frac, exp))
	ip, fp := math.Modf(3.75)
	fmt.Println(ip, fp)
	fmt.Println(0.1+0.2, 0.1+0.2 == 0.3, float32(0.1), math.Float64bits(1.0))
	fmt.Printf("%g %e %.3g %v\n", 1e21, 123456.789, 123456.789, 1e-7)
	var z float64
	fmt.Println(1/z > 0, -1/z < 0)
}
