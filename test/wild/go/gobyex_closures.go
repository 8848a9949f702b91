// Go by Example style: closures keeping state, function values, recursion via closures
package main

import "fmt"

func intSeq() func() int {
	i := 0
	return func() int {
		i++
		return i
	}
}

func counterPair() (inc func(), get func() int) {
	n := 0
	inc = func() { n += 2 }
	get = func() int { return n }
	return
}

func fact(n int) int {
	if n == 0 {
		return 1
	}
	return n * fact(n-1)
}

func main() {
	nextInt := intSeq()
	fmt.Println(nextInt())
	fmt.Println(nextInt())
	fmt.Println(nextInt())
	newInts := intSeq()
	fmt.Println(newInts())

	inc, get := counterPair()
	inc()
	inc()
	fmt.Println("pair:", get())

	fmt.Println(fact(7))
	var fib func(n int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	fmt.Println(fib(15))

	var funcs []func() int
	for i := 0; i < 3; i++ {
		funcs = append(funcs, func() int { return i * i })
	}
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	compose := func(f, g func(int) int) func(int) int {
		return func(x int) int { return g(f(x)) }
	}
	double := func(x int) int { return x * 2 }
	addOne := func(x int) int { return x + 1 }
	fmt.Println(compose(double, addOne)(5), compose(addOne, double)(5))
}
