// strconv.ParseUint gives a uint64 that converts to each unsigned width; ParseInt an int64 for int fields.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

type Limits struct {
	MaxConns uint16
	Buffer   uint32
	Quota    uint64
	Retries  int
}

func load(fields map[string]string) (Limits, error) {
	var l Limits
	order := []string{"conns", "buffer", "quota", "retries"}
	for _, name := range order {
		raw := fields[name]
		switch name {
		case "conns":
			n, err := strconv.ParseUint(raw, 10, 16)
			if err != nil {
				return l, fmt.Errorf("conns: %w", err)
			}
			l.MaxConns = uint16(n)
		case "buffer":
			n, err := strconv.ParseUint(raw, 0, 32)
			if err != nil {
				return l, fmt.Errorf("buffer: %w", err)
			}
			l.Buffer = uint32(n)
		case "quota":
			n, err := strconv.ParseUint(raw, 10, 64)
			if err != nil {
				return l, fmt.Errorf("quota: %w", err)
			}
			l.Quota = n
		case "retries":
			n, err := strconv.ParseInt(raw, 10, 8)
			if err != nil {
				return l, fmt.Errorf("retries: %w", err)
			}
			l.Retries = int(n)
		}
	}
	return l, nil
}

func main() {
	good := map[string]string{"conns": "512", "buffer": "0x10000", "quota": "18446744073709551615", "retries": "-3"}
	l, err := load(good)
	fmt.Printf("%+v %v\n", l, err)
	fmt.Println(l.Quota+1 == 0, l.Buffer*2, l.MaxConns+1)

	for _, bad := range []map[string]string{
		{"conns": "70000"},
		{"conns": "8", "buffer": "0x1_0000_0000"},
		{"conns": "8", "buffer": "1", "quota": "-1"},
		{"conns": "8", "buffer": "1", "quota": "1", "retries": "200"},
	} {
		_, err := load(bad)
		var ne *strconv.NumError
		if errors.As(err, &ne) {
			fmt.Printf("%v | func=%s range=%t\n", err, ne.Func, errors.Is(err, strconv.ErrRange))
		}
	}

	v, err := strconv.ParseUint("70000", 10, 16)
	fmt.Println(v, err)
	w, _ := strconv.ParseUint("ff", 16, 8)
	fmt.Printf("%d %T\n", w, w)
}
