// Go by Example "number parsing" + "errors" style: a key=value config parsed with strconv (ParseInt/ParseUint/ParseBool/ParseFloat) and time.ParseDuration, each bad line wrapped with %w and a line number, all gathered with errors.Join
package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
)

type Config struct {
	Port    uint16
	Workers int
	Debug   bool
	Ratio   float64
	Timeout time.Duration
}

var ErrUnknownKey = errors.New("unknown key")

type LineError struct {
	Line int
	Key  string
	Err  error
}

func (e *LineError) Error() string { return fmt.Sprintf("line %d (%s): %v", e.Line, e.Key, e.Err) }
func (e *LineError) Unwrap() error { return e.Err }

const input = `
# service settings
port = 8080
workers = -3
debug = yes
ratio = 0.75
timeout = 1m30s
port = 70000
workers = 0x1F
colour = blue
ratio = 1e400
timeout = 10 seconds
debug = T
`

func parse(text string) (Config, error) {
	var c Config
	var errs []error
	for i, raw := range strings.Split(text, "\n") {
		line := strings.TrimSpace(raw)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		key, val, found := strings.Cut(line, "=")
		key, val = strings.TrimSpace(key), strings.TrimSpace(val)
		if !found {
			errs = append(errs, &LineError{i, line, errors.New("missing '='")})
			continue
		}
		var err error
		switch key {
		case "port":
			var p uint64
			p, err = strconv.ParseUint(val, 10, 16)
			if err == nil {
				c.Port = uint16(p)
			}
		case "workers":
			var w int64
			w, err = strconv.ParseInt(val, 0, 32)
			if err == nil {
				c.Workers = int(w)
			}
		case "debug":
			c.Debug, err = strconv.ParseBool(val)
		case "ratio":
			var f float64
			f, err = strconv.ParseFloat(val, 64)
			if err == nil {
				c.Ratio = f
			}
		case "timeout":
			var d time.Duration
			d, err = time.ParseDuration(val)
			if err == nil {
				c.Timeout = d
			}
		default:
			err = fmt.Errorf("%w %q", ErrUnknownKey, key)
		}
		if err != nil {
			errs = append(errs, &LineError{Line: i, Key: key, Err: err})
		}
	}
	return c, errors.Join(errs...)
}

func main() {
	cfg, err := parse(input)
	fmt.Printf("%+v\n", cfg)
	fmt.Println("--- errors ---")
	fmt.Println(err)
	fmt.Println("--- classified ---")
	fmt.Println("range error:", errors.Is(err, strconv.ErrRange))
	fmt.Println("syntax error:", errors.Is(err, strconv.ErrSyntax))
	fmt.Println("unknown key:", errors.Is(err, ErrUnknownKey))
	var le *LineError
	if errors.As(err, &le) {
		fmt.Println("first line error at", le.Line, "key", le.Key)
	}
	var ne *strconv.NumError
	if errors.As(err, &ne) {
		fmt.Printf("first NumError: Func=%s Num=%q Err=%v\n", ne.Func, ne.Num, ne.Err)
	}
	if joined, ok := err.(interface{ Unwrap() []error }); ok {
		for _, e := range joined.Unwrap() {
			var n *strconv.NumError
			kind := "other"
			if errors.As(e, &n) {
				kind = n.Func
			}
			fmt.Printf("%-10s %v\n", kind, errors.Unwrap(e))
		}
	}
	_, err = parse("port = 1\nworkers=4")
	fmt.Println("clean input error is nil:", err == nil)
}
