// The runtime-go scenarios in native Go, for the bench's go-native rows. bench/main.ts builds
// this into a temporary directory and runs it (once with GOMAXPROCS=1, once with the default);
// it prints {"results":[...]} on stdout, in the same shape as the JavaScript rows.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"runtime"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

type result struct {
	Suite             string   `json:"suite"`
	Scenario          string   `json:"scenario"`
	Impl              string   `json:"impl"`
	OpsPerSec         *float64 `json:"opsPerSec,omitempty"`
	Ms                *float64 `json:"ms,omitempty"`
	N                 int      `json:"n"`
	Runs              int      `json:"runs"`
	BytesPerGoroutine *float64 `json:"bytesPerGoroutine,omitempty"`
	SpawnMs           *float64 `json:"spawnMs,omitempty"`
}

const (
	capacity  = 128
	producers = 100
)

func spsc(n int) int {
	ch := make(chan int, capacity)
	go func() {
		for i := 0; i < n; i++ {
			ch <- i
		}
	}()
	sum := 0
	for i := 0; i < n; i++ {
		sum += <-ch
	}
	return sum
}

func pingPong(n int) int {
	ping, pong := make(chan int), make(chan int)
	go func() {
		for i := 0; i < n; i++ {
			pong <- <-ping
		}
	}()
	sum := 0
	for i := 0; i < n; i++ {
		ping <- i
		sum += <-pong
	}
	return sum
}

func fanIn(n, capacity int) int {
	ch := make(chan int, capacity)
	per := n / producers
	for p := 0; p < producers; p++ {
		go func(from int) {
			for i := from; i < from+per; i++ {
				ch <- i
			}
		}(p * per)
	}
	sum := 0
	for i := 0; i < n; i++ {
		sum += <-ch
	}
	return sum
}

func select4(n int) int {
	var chans [4]chan int
	per := n / 4
	for k := range chans {
		chans[k] = make(chan int)
		go func(ch chan int, from int) {
			for i := from; i < from+per; i++ {
				ch <- i
			}
		}(chans[k], k*per)
	}
	c0, c1, c2, c3 := chans[0], chans[1], chans[2], chans[3]
	sum := 0
	for i := 0; i < n; i++ {
		select {
		case v := <-c0:
			sum += v
		case v := <-c1:
			sum += v
		case v := <-c2:
			sum += v
		case v := <-c3:
			sum += v
		}
	}
	return sum
}

// liveBytes is what the heap holds plus the goroutine stacks in use, after a full collection.
func liveBytes() uint64 {
	runtime.GC()
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapAlloc + m.StackInuse
}

type blockedSample struct{ ms, bytes, spawnMs float64 }

// blocked spawns n goroutines blocked on a receive (own channel each, or one shared), weighs
// them, then wakes them (a send each, or close) and times until the last one is done.
func blocked(n int, shared bool) (blockedSample, int) {
	var started atomic.Int64
	var sum atomic.Int64
	var wg sync.WaitGroup
	wg.Add(n)
	worker := func(ch chan int) {
		started.Add(1)
		sum.Add(int64(<-ch))
		wg.Done()
	}
	before := liveBytes()
	t0 := time.Now()
	var chans []chan int
	if shared {
		ch := make(chan int)
		chans = []chan int{ch}
		for i := 0; i < n; i++ {
			go worker(ch)
		}
	} else {
		chans = make([]chan int, n)
		for i := range chans {
			chans[i] = make(chan int)
			go worker(chans[i])
		}
	}
	for started.Load() < int64(n) {
		runtime.Gosched()
	}
	spawn := time.Since(t0)
	time.Sleep(10 * time.Millisecond) // let the last ones park
	after := liveBytes()
	t1 := time.Now()
	if shared {
		close(chans[0])
	} else {
		for i, ch := range chans {
			ch <- i
		}
	}
	wg.Wait()
	wake := time.Since(t1)
	runtime.KeepAlive(chans)
	check := int(sum.Load())
	if shared {
		check = n
	}
	return blockedSample{
		ms:      float64(wake.Nanoseconds()) / 1e6,
		bytes:   (float64(after) - float64(before)) / float64(n),
		spawnMs: float64(spawn.Nanoseconds()) / 1e6,
	}, check
}

type scenario struct {
	id            string
	n, quickN     int
	throughput    func(n int) int
	blockedShared *bool
}

func triangle(n int) int { return n * (n - 1) / 2 }

func median(xs []float64) float64 {
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	m := len(s) / 2
	if len(s)%2 == 1 {
		return s[m]
	}
	return (s[m-1] + s[m]) / 2
}

func main() {
	quick := flag.Bool("quick", false, "small n")
	only := flag.String("scenarios", "", "comma-separated scenario ids (default all)")
	impl := flag.String("impl", "go-native", "impl name to report")
	runs := flag.Int("runs", 3, "timed runs per scenario (the median is reported)")
	flag.Parse()

	yes, no := true, false
	all := []scenario{
		{id: "spsc-buffered-128", n: 1_000_000, quickN: 20_000, throughput: spsc},
		{id: "pingpong-unbuffered", n: 200_000, quickN: 4_000, throughput: pingPong},
		{id: "fanin-100-unbuffered", n: 1_000_000, quickN: 20_000, throughput: func(n int) int { return fanIn(n, 0) }},
		{id: "fanin-100-buffered-128", n: 1_000_000, quickN: 20_000, throughput: func(n int) int { return fanIn(n, capacity) }},
		{id: "select-4", n: 1_000_000, quickN: 20_000, throughput: select4},
		{id: "blocked-100k-own", n: 100_000, quickN: 2_000, blockedShared: &no},
		{id: "blocked-100k-shared", n: 100_000, quickN: 2_000, blockedShared: &yes},
	}
	wanted := map[string]bool{}
	for _, id := range strings.Split(*only, ",") {
		if id != "" {
			wanted[id] = true
		}
	}

	results := []result{}
	for _, s := range all {
		if len(wanted) > 0 && !wanted[s.id] {
			continue
		}
		n := s.n
		if *quick {
			n = s.quickN
		}
		r := result{Suite: "runtime-go", Scenario: s.id, Impl: *impl, N: n, Runs: *runs}
		if s.throughput != nil {
			for i := 0; i < 2; i++ {
				s.throughput(s.quickN)
			}
			rates := []float64{}
			for i := 0; i < *runs; i++ {
				runtime.GC()
				t0 := time.Now()
				got := s.throughput(n)
				d := time.Since(t0)
				if got != triangle(n) {
					fail("%s: wrong checksum %d, expected %d", s.id, got, triangle(n))
				}
				rates = append(rates, float64(n)/d.Seconds())
			}
			v := median(rates)
			r.OpsPerSec = &v
		} else {
			shared := *s.blockedShared
			want := func(n int) int {
				if shared {
					return n
				}
				return triangle(n)
			}
			if _, got := blocked(s.quickN, shared); got != want(s.quickN) {
				fail("%s: wrong checksum in warm-up", s.id)
			}
			var ms, bytes, spawn []float64
			for i := 0; i < *runs; i++ {
				sample, got := blocked(n, shared)
				if got != want(n) {
					fail("%s: wrong checksum %d, expected %d", s.id, got, want(n))
				}
				ms = append(ms, sample.ms)
				bytes = append(bytes, sample.bytes)
				spawn = append(spawn, sample.spawnMs)
			}
			m, b, sp := median(ms), median(bytes), median(spawn)
			r.Ms, r.BytesPerGoroutine, r.SpawnMs = &m, &b, &sp
		}
		fmt.Fprintf(os.Stderr, "  %-24s %-22s done\n", s.id, *impl)
		results = append(results, r)
	}
	out, err := json.Marshal(map[string][]result{"results": results})
	if err != nil {
		fail("%v", err)
	}
	fmt.Println(string(out))
}

func fail(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "go bench: "+format+"\n", args...)
	os.Exit(1)
}
