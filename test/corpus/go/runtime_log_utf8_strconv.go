// The small packages of tutorials: runtime (NumGoroutine, Gosched, NumCPU, GOMAXPROCS),
// unicode/utf8 on a string with multi-byte characters, strconv and errors round trips, and log
// (SetFlags(0) for a stable prefix, Println and Printf to stderr, Fatal ending with status 1).
package main

import (
	"errors"
	"fmt"
	"log"
	"runtime"
	"strconv"
	"unicode/utf8"
)

var ErrEmpty = errors.New("empty input")

func parse(s string) (int, error) {
	if s == "" {
		return 0, ErrEmpty
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, fmt.Errorf("parse %q: %w", s, err)
	}
	return n, nil
}

func main() {
	start := runtime.NumGoroutine()
	stop := make(chan struct{})
	for i := 0; i < 3; i++ {
		go func() { <-stop }()
	}
	runtime.Gosched()
	fmt.Println("goroutines:", start, runtime.NumGoroutine())
	close(stop)
	fmt.Println(runtime.NumCPU() >= 1, runtime.GOMAXPROCS(0) >= 1)

	s := "Hello, 世界!"
	fmt.Println(len(s), utf8.RuneCountInString(s), utf8.ValidString(s), utf8.RuneLen('界'))
	r, size := utf8.DecodeRuneInString(s[7:])
	fmt.Printf("%c %d\n", r, size)
	last, n := utf8.DecodeLastRuneInString("añ")
	fmt.Printf("%c %d %v\n", last, n, utf8.ValidRune(0xD800))

	for _, in := range []string{"42", "", "4x2"} {
		v, err := parse(in)
		fmt.Println(v, err, errors.Is(err, ErrEmpty))
	}
	f, _ := strconv.ParseFloat("2.5", 64)
	b, _ := strconv.ParseBool("true")
	fmt.Println(f*2, b, strconv.Itoa(7)+strconv.FormatInt(255, 2), strconv.Quote("tab\t"))

	log.SetFlags(0)
	log.SetPrefix("worker: ")
	log.Println("starting", 3, "jobs")
	log.Printf("job %d done", 1)
	log.Fatal("cannot continue")
}
