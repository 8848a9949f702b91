// Epoch times and duration counts are int64s: exact past 2^53, and they mix with other int64s.
package main

import (
	"fmt"
	"time"
)

// stamps gives a time's Unix seconds and nanoseconds, as a timing helper would.
func stamps(t time.Time) (int64, int64) {
	return t.Unix(), t.UnixNano()
}

func main() {
	launch := time.Date(2023, time.November, 14, 22, 13, 20, 123456789, time.UTC)

	var secs, nanos int64
	secs, nanos = stamps(launch)
	fmt.Println("unix:", secs)
	fmt.Println("unix nano:", nanos)
	fmt.Println("unix milli:", launch.UnixMilli())
	fmt.Println("unix micro:", launch.UnixMicro())
	fmt.Println("nanos past the second:", nanos-secs*1_000_000_000)

	back := time.Unix(secs, nanos%1e9).UTC()
	fmt.Println("round trip:", back.Equal(launch))

	timeout := 2*time.Second + 250*time.Millisecond
	var budget int64 = timeout.Milliseconds()
	budget += timeout.Microseconds() / 1000
	fmt.Println("budget ms:", budget)
	fmt.Println("nanoseconds:", timeout.Nanoseconds(), int64(timeout))
	fmt.Println("in ms:", int64(timeout)/int64(time.Millisecond))

	retry := time.Duration(budget) * time.Millisecond
	fmt.Println("retry after:", retry, retry > timeout)

	deadline := launch.Add(timeout)
	fmt.Println("deadline delta ns:", deadline.UnixNano()-launch.UnixNano())

	start := time.Now()
	time.Sleep(10 * time.Millisecond)
	took := time.Since(start)
	fmt.Println("slept at least 10ms:", took.Milliseconds() >= 10, time.Now().UnixNano() > nanos)
}
