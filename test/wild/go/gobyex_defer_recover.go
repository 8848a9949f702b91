// Go by Example style: defer ordering, recover turning panics into errors
package main

import (
	"errors"
	"fmt"
)

func mayPanic(kind int) {
	switch kind {
	case 1:
		panic("a problem")
	case 2:
		panic(fmt.Errorf("wrapped: %w", errors.New("base")))
	case 3:
		var m map[string]int
		m["x"] = 1
	case 4:
		a := []int{1, 2, 3}
		i := 5
		_ = a[i]
	}
}

func safely(kind int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			switch v := r.(type) {
			case error:
				err = fmt.Errorf("recovered error: %v", v)
			default:
				err = fmt.Errorf("recovered value: %v", v)
			}
		}
	}()
	mayPanic(kind)
	return nil
}

func deferOrder() (n int) {
	for i := 0; i < 3; i++ {
		defer func() {
			fmt.Println("defer", i)
			n += i
		}()
	}
	defer fmt.Println("args evaluated early:", n)
	n = 10
	return n
}

func main() {
	for k := 0; k <= 4; k++ {
		fmt.Printf("kind %d: %v\n", k, safely(k))
	}
	fmt.Println("deferOrder returned", deferOrder())
}
