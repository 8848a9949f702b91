// A type switch and a type assertion tell container types apart by their element and key
// types: []int is not []string, [2]int is not []int, map[string]int is not map[int]string;
// an empty or nil slice keeps the type it went into the interface with.
package main

import "fmt"

type Path []string

func summarize(v interface{}) string {
	switch x := v.(type) {
	case []string:
		return fmt.Sprintf("%d strings", len(x))
	case Path:
		return fmt.Sprintf("path of %d", len(x))
	case []int:
		return fmt.Sprintf("%d ints", len(x))
	case [2]int:
		return fmt.Sprintf("pair %d,%d", x[0], x[1])
	case map[string]int:
		return fmt.Sprintf("counts of %d words", len(x))
	case map[int]string:
		return fmt.Sprintf("names of %d ids", len(x))
	case nil:
		return "nothing"
	default:
		return fmt.Sprintf("something else: %T", x)
	}
}

func main() {
	var none []int
	values := []interface{}{
		[]int{1, 2, 3},
		[]string{"a"},
		Path{"usr", "local"},
		[2]int{4, 5},
		map[string]int{"go": 1},
		map[int]string{},
		[]int{},
		none,
		[]float64{1.5},
		nil,
	}
	for _, v := range values {
		fmt.Printf("%-22s %T\n", summarize(v), v)
	}

	var boxed interface{} = []int{7}
	if s, ok := boxed.([]string); ok {
		fmt.Println("strings?", s)
	} else {
		fmt.Println("not a []string")
	}
	fmt.Println(boxed.([]int)[0])
}
