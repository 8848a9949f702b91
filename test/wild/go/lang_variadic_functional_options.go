// Effective Go / Dave Cheney blog style: variadic functions (zero args, spreading a slice with ..., sharing the caller's array), append(a, b...), ...any with fmt, and the functional options pattern for a Server config
package main

import (
	"fmt"
	"strings"
	"time"
)

func sum(label string, nums ...int) int {
	total := 0
	for _, n := range nums {
		total += n
	}
	fmt.Printf("%s: len=%d nil=%v total=%d\n", label, len(nums), nums == nil, total)
	return total
}

func zeroFirst(nums ...int) {
	if len(nums) > 0 {
		nums[0] = 0
	}
}

func logf(prefix string, format string, args ...any) string {
	return prefix + fmt.Sprintf(format, args...)
}

func joinAll(sep string, parts ...string) string { return strings.Join(parts, sep) }

type Server struct {
	host     string
	port     int
	timeout  time.Duration
	maxConns int
	tags     []string
}

type Option func(*Server)

func WithPort(p int) Option              { return func(s *Server) { s.port = p } }
func WithTimeout(d time.Duration) Option { return func(s *Server) { s.timeout = d } }
func WithMaxConns(n int) Option          { return func(s *Server) { s.maxConns = n } }
func WithTags(tags ...string) Option     { return func(s *Server) { s.tags = append(s.tags, tags...) } }
func If(cond bool, opt Option) Option {
	if cond {
		return opt
	}
	return func(*Server) {}
}

func NewServer(host string, opts ...Option) *Server {
	s := &Server{host: host, port: 80, timeout: 30 * time.Second, maxConns: 100}
	for _, o := range opts {
		o(s)
	}
	return s
}

func (s *Server) String() string {
	return fmt.Sprintf("%s:%d timeout=%v max=%d tags=%q", s.host, s.port, s.timeout, s.maxConns, s.tags)
}

func main() {
	sum("none")
	sum("three", 1, 2, 3)
	xs := []int{10, 20, 30}
	sum("spread", xs...)
	sum("empty spread", []int{}...)

	zeroFirst(xs...)
	fmt.Println("caller's slice after zeroFirst(xs...):", xs)
	ys := []int{7, 8}
	zeroFirst(ys[0], ys[1])
	fmt.Println("after zeroFirst(ys[0], ys[1]):", ys)

	a := []int{1, 2}
	a = append(a, xs...)
	a = append(a, []int{4, 5}...)
	fmt.Println(a)
	bs := append([]byte("go"), "pher"...)
	fmt.Println(string(bs))

	fmt.Println(logf("[info] ", "%d jobs in %s", 3, "queue"))
	fmt.Println(logf("[warn] ", "no args"))
	args := []any{"x", 1, true}
	fmt.Println(args...)
	fmt.Println(args)
	fmt.Println(joinAll("/", "usr", "local", "bin"), joinAll(", "))

	fmt.Println(NewServer("localhost"))
	fmt.Println(NewServer("api", WithPort(8443), WithTimeout(1500*time.Millisecond), WithTags("tls", "v2")))
	prod := false
	base := []Option{WithMaxConns(10), WithTags("base")}
	extra := append(base, If(prod, WithMaxConns(1000)), If(!prod, WithTags("dev")), WithPort(9000))
	fmt.Println(NewServer("svc", extra...))
	fmt.Println(len(base), len(extra))
}
