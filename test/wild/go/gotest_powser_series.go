// Go test/chan style (powser): power series as demand-driven channels of rationals; add, scale, multiply, integrate, exp by feedback
package main

import "fmt"

type rat struct{ num, den int64 }

func gcd(a, b int64) int64 {
	if a < 0 {
		a = -a
	}
	if b < 0 {
		b = -b
	}
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func mk(n, d int64) rat {
	if d < 0 {
		n, d = -n, -d
	}
	g := gcd(n, d)
	if g == 0 {
		g = 1
	}
	return rat{n / g, d / g}
}

func (r rat) add(s rat) rat { return mk(r.num*s.den+s.num*r.den, r.den*s.den) }
func (r rat) mul(s rat) rat { return mk(r.num*s.num, r.den*s.den) }

func (r rat) String() string {
	if r.den == 1 {
		return fmt.Sprint(r.num)
	}
	return fmt.Sprintf("%d/%d", r.num, r.den)
}

// A series is a pair: the consumer asks on req, the producer answers on dat.
type series struct {
	req chan struct{}
	dat chan rat
}

func newSeries() series { return series{make(chan struct{}), make(chan rat)} }

func (s series) get() rat {
	s.req <- struct{}{}
	return <-s.dat
}

func (s series) put(r rat) {
	<-s.req
	s.dat <- r
}

func ones() series {
	s := newSeries()
	go func() {
		for {
			s.put(mk(1, 1))
		}
	}()
	return s
}

func monomial(c rat, n int) series {
	s := newSeries()
	go func() {
		for i := 0; ; i++ {
			if i == n {
				s.put(c)
			} else {
				s.put(mk(0, 1))
			}
		}
	}()
	return s
}

func add(a, b series) series {
	s := newSeries()
	go func() {
		for {
			<-s.req
			x, y := a.get(), b.get()
			s.dat <- x.add(y)
		}
	}()
	return s
}

func scale(c rat, a series) series {
	s := newSeries()
	go func() {
		for {
			s.put(c.mul(a.get()))
		}
	}()
	return s
}

// split copies one series into two independently consumed ones.
func split(a series) (series, series) {
	l, r := newSeries(), newSeries()
	go func() {
		var qL, qR []rat
		for {
			select {
			case <-l.req:
				if len(qL) == 0 {
					v := a.get()
					qR = append(qR, v)
					l.dat <- v
				} else {
					l.dat <- qL[0]
					qL = qL[1:]
				}
			case <-r.req:
				if len(qR) == 0 {
					v := a.get()
					qL = append(qL, v)
					r.dat <- v
				} else {
					r.dat <- qR[0]
					qR = qR[1:]
				}
			}
		}
	}()
	return l, r
}

// mul keeps every coefficient seen so far and forms the Cauchy product.
func mul(a, b series) series {
	s := newSeries()
	go func() {
		var as, bs []rat
		for {
			<-s.req
			as = append(as, a.get())
			bs = append(bs, b.get())
			n := len(as) - 1
			sum := mk(0, 1)
			for i := 0; i <= n; i++ {
				sum = sum.add(as[i].mul(bs[n-i]))
			}
			s.dat <- sum
		}
	}()
	return s
}

// integ returns c + integral of a.
func integ(c rat, a series) series {
	s := newSeries()
	go func() {
		s.put(c)
		for i := int64(1); ; i++ {
			s.put(a.get().mul(mk(1, i)))
		}
	}()
	return s
}

func deriv(a series) series {
	s := newSeries()
	go func() {
		a.get()
		for i := int64(1); ; i++ {
			s.put(a.get().mul(mk(i, 1)))
		}
	}()
	return s
}

// exp solves X = 1 + integral(X) by feeding X back into itself: every
// coefficient goes to the integrator first, then to the consumer.
func exp() series {
	back, out := newSeries(), newSeries()
	in := integ(mk(1, 1), back)
	go func() {
		for {
			v := in.get()
			back.put(v)
			out.put(v)
		}
	}()
	return out
}

func show(name string, s series, n int) {
	fmt.Printf("%-12s", name)
	for i := 0; i < n; i++ {
		fmt.Printf(" %v", s.get())
	}
	fmt.Println()
}

func main() {
	show("ones", ones(), 6)
	show("ones+ones", add(ones(), ones()), 6)
	show("3/2 * ones", scale(mk(3, 2), ones()), 5)
	show("x^3", monomial(mk(1, 1), 3), 6)
	show("ones^2", mul(ones(), ones()), 8)
	show("int(ones)", integ(mk(0, 1), ones()), 7)
	show("exp", exp(), 9)
	show("d/dx exp", deriv(exp()), 7)
	a, b := split(ones())
	show("split left", a, 3)
	show("split right", b, 5)
	show("left again", a, 3)
	show("(1+x)^3", mul(mul(add(monomial(mk(1, 1), 0), monomial(mk(1, 1), 1)), add(monomial(mk(1, 1), 0), monomial(mk(1, 1), 1))), add(monomial(mk(1, 1), 0), monomial(mk(1, 1), 1))), 6)
}
