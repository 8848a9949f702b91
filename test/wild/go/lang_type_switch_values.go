// Tour style: type switches over []any with nil, multi-type cases, interfaces and named types
package main

import (
	"errors"
	"fmt"
	"strconv"
)

type Celsius float64

func (c Celsius) String() string { return strconv.FormatFloat(float64(c), 'f', 1, 64) + "C" }

type point struct{ x, y int }

func describe(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v (%T)", x, x)
	case string:
		return "string of length " + strconv.Itoa(len(x))
	case error:
		return "error: " + x.Error()
	case fmt.Stringer:
		return "stringer " + x.String()
	case []int:
		return fmt.Sprintf("slice with %d ints", len(x))
	case func(int) int:
		return fmt.Sprintf("func, f(3)=%d", x(3))
	case *point:
		if x == nil {
			return "nil *point"
		}
		return fmt.Sprintf("pointer to %+v", *x)
	case point:
		return fmt.Sprintf("point %v", x)
	case bool:
		if x {
			return "yes"
		}
		return "no"
	default:
		return fmt.Sprintf("something else: %T", x)
	}
}

func main() {
	var np *point
	values := []any{
		nil, 42, int64(-7), "héllo", errors.New("boom"), Celsius(21.55),
		[]int{1, 2}, func(n int) int { return n * n }, &point{1, 2}, np,
		point{3, 4}, true, 3.5, map[string]int{"a": 1}, 'x',
	}
	for i, v := range values {
		fmt.Printf("%2d: %s\n", i, describe(v))
	}

	var e error
	fmt.Println("nil error interface is nil:", e == nil)
	var pe *myErr
	e = pe
	fmt.Println("typed nil in interface is nil:", e == nil)

	if s, ok := values[3].(string); ok {
		fmt.Println("assert ok:", s)
	}
	_, ok := values[1].(string)
	fmt.Println("assert int as string:", ok)
}

type myErr struct{}

func (*myErr) Error() string { return "my" }
