// Go by Example "rate limiting" + time.Duration arithmetic, with a fake clock so nothing depends on the wall clock: a token bucket (refill rate, burst, fractional tokens), Reserve-style delays, and Duration printing, Truncate, Round and division
package main

import (
	"fmt"
	"time"
)

type Clock struct{ now time.Duration }

func (c *Clock) Advance(d time.Duration) { c.now += d }

type Bucket struct {
	clock    *Clock
	rate     float64 // tokens per second
	burst    float64
	tokens   float64
	lastFill time.Duration
}

func NewBucket(c *Clock, perSecond float64, burst int) *Bucket {
	return &Bucket{clock: c, rate: perSecond, burst: float64(burst), tokens: float64(burst)}
}

func (b *Bucket) refill() {
	elapsed := b.clock.now - b.lastFill
	b.lastFill = b.clock.now
	b.tokens = min(b.burst, b.tokens+elapsed.Seconds()*b.rate)
}

func (b *Bucket) Allow() bool {
	b.refill()
	if b.tokens >= 1 {
		b.tokens--
		return true
	}
	return false
}

// Reserve takes a token now or later and says how long the caller must wait.
func (b *Bucket) Reserve() time.Duration {
	b.refill()
	b.tokens--
	if b.tokens >= 0 {
		return 0
	}
	return time.Duration(-b.tokens / b.rate * float64(time.Second))
}

func main() {
	clock := &Clock{}
	b := NewBucket(clock, 5, 3) // 5 per second, burst of 3
	var line []string
	for i := range 12 {
		ok := b.Allow()
		line = append(line, fmt.Sprintf("t=%v:%v", clock.now, ok))
		if i%2 == 1 {
			clock.Advance(100 * time.Millisecond)
		}
	}
	for _, l := range line {
		fmt.Println(l)
	}

	clock2 := &Clock{}
	r := NewBucket(clock2, 4, 2)
	var total time.Duration
	for i := range 6 {
		wait := r.Reserve()
		total += wait
		fmt.Printf("request %d waits %-8v (ms=%d)\n", i, wait, wait.Milliseconds())
	}
	fmt.Println("total wait:", total, "average:", total/6)

	d := 90*time.Minute + 30*time.Second + 250*time.Millisecond
	fmt.Println(d, d.Hours(), d.Minutes(), d.Truncate(time.Minute), d.Round(time.Hour))
	fmt.Println(time.Duration(1500)*time.Microsecond, 2*time.Second/3, -d/1000)
	fmt.Println(time.Duration(0), time.Duration(1), 999*time.Nanosecond, time.Duration(1<<62))
	fmt.Printf("%d %v %s %.3f\n", 3*time.Millisecond, 3*time.Millisecond, 3*time.Millisecond, (3 * time.Millisecond).Seconds())
	period := time.Second / 7
	fmt.Println("period", period, "x7 =", period*7, "rounded", period.Round(time.Millisecond))
	budget := 2 * time.Second
	n := budget / (300 * time.Millisecond)
	fmt.Println("fits", int64(n), "remainder", budget%(300*time.Millisecond))
	for _, s := range []string{"1h2m3.5s", "-1.5h", "300ms", "2us", "1d"} {
		d, err := time.ParseDuration(s)
		fmt.Println(s, "->", d, err)
	}
}
