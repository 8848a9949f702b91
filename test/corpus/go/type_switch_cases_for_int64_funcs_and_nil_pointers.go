// A type switch tells int from int64 and recognises function values; a nil *T it finds compares equal to nil, and *p is a copy of the struct.
package main

import "fmt"

type cell struct{ row, col int }

type shouter interface{ Shout() string }

func kind(v any) string {
	switch x := v.(type) {
	case int:
		return fmt.Sprint("int ", x)
	case int64:
		return fmt.Sprint("int64 ", x)
	case func(string) string:
		return "func giving " + x("go")
	case shouter:
		return "shouter " + x.Shout()
	case *cell:
		if x == nil {
			return "nil *cell"
		}
		copied := *x
		copied.row = 100
		return fmt.Sprintf("*cell %v %+v, copy %v", *x, *x, copied)
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	var none *cell
	things := []any{7, int64(1) << 40, func(s string) string { return s + "!" }, &cell{2, 3}, none, "text"}
	for _, t := range things {
		fmt.Println(kind(t))
	}
	if c, ok := things[4].(*cell); ok {
		fmt.Println("asserted nil *cell is nil:", c == nil)
	}
}
