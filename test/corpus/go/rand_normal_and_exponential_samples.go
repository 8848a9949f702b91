// Simulating noisy measurements and waiting times with a seeded math/rand generator:
// NormFloat64 for normally distributed values, ExpFloat64 for exponential ones.
package main

import (
	"fmt"
	"math"
	"math/rand"
)

func mean(xs []float64) float64 {
	sum := 0.0
	for _, x := range xs {
		sum += x
	}
	return sum / float64(len(xs))
}

func main() {
	r := rand.New(rand.NewSource(99))

	// Heights: mean 170cm, standard deviation 8cm.
	for i := 0; i < 5; i++ {
		height := r.NormFloat64()*8 + 170
		fmt.Printf("person %d: %.3f cm\n", i+1, height)
	}

	// Time between arrivals at a rate of 2 per minute.
	for i := 0; i < 5; i++ {
		wait := r.ExpFloat64() / 2
		fmt.Printf("arrival %d after %.4f min\n", i+1, wait)
	}

	samples := make([]float64, 20000)
	tails := 0
	for i := range samples {
		samples[i] = r.NormFloat64()
		if math.Abs(samples[i]) > 3.44 {
			tails++
		}
	}
	fmt.Printf("normal mean %.6f, beyond the base strip: %d\n", mean(samples), tails)
	fmt.Println(samples[0], samples[19999])

	long := 0
	for i := range samples {
		samples[i] = r.ExpFloat64()
		if samples[i] > 7.69 {
			long++
		}
	}
	fmt.Printf("exponential mean %.6f, beyond the base strip: %d\n", mean(samples), long)
	fmt.Println(samples[0], samples[19999])

	rand.Seed(1)
	fmt.Println(rand.NormFloat64(), rand.ExpFloat64())
}
