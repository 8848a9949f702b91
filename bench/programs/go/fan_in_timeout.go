// A fan-in with select and timeouts, in the manner of the Go concurrency talks: three sensors
// each send their readings on a channel of their own, and one loop selects over all three,
// with time.After as a timeout for every wait. A sensor closes its channel when it has sent
// all its readings; the loop then stops selecting on it (a nil channel is never ready). Prints
// each sensor's count and sum, or "timed out" if no reading came within a second.
package main

import (
	"fmt"
	"os"
	"strconv"
	"time"
)

type reading struct {
	sensor int
	value  int
}

func sensor(id, count int) <-chan reading {
	c := make(chan reading)
	go func() {
		for i := 0; i < count; i++ {
			c <- reading{sensor: id, value: (i*7 + id) % 100}
		}
		close(c)
	}()
	return c
}

func main() {
	perSensor := 1000
	if len(os.Args) > 1 {
		v, err := strconv.Atoi(os.Args[1])
		if err != nil || v < 1 {
			fmt.Fprintln(os.Stderr, "usage: fan_in_timeout [READINGS_PER_SENSOR]")
			os.Exit(2)
		}
		perSensor = v
	}

	a, b, c := sensor(0, perSensor), sensor(1, perSensor), sensor(2, perSensor)
	var counts, sums [3]int
	record := func(r reading) {
		counts[r.sensor]++
		sums[r.sensor] += r.value
	}
	for a != nil || b != nil || c != nil {
		select {
		case r, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			record(r)
		case r, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			record(r)
		case r, ok := <-c:
			if !ok {
				c = nil
				continue
			}
			record(r)
		case <-time.After(time.Second):
			fmt.Println("timed out")
			return
		}
	}
	for i := range counts {
		fmt.Printf("sensor %d: %d readings, sum %d\n", i, counts[i], sums[i])
	}
}
