// goto as older Go code uses it: a retry label jumped back to, forward jumps to a cleanup
// or an end label, and a jump out of nested loops to a label after them.
package main

import (
	"errors"
	"fmt"
)

// retries counts attempts until the n-th succeeds.
func retries(n int) int {
	attempts := 0
retry:
	attempts++
	if attempts < n {
		goto retry
	}
	return attempts
}

// find stops at the first cell holding want.
func find(grid [][]int, want int) (int, int) {
	for r, row := range grid {
		for c, v := range row {
			if v == want {
				fmt.Println("found at", r, c)
				goto done
			}
		}
	}
	fmt.Println("not found")
	return -1, -1
done:
	fmt.Println("leaving early")
	return 0, 0
}

// process walks the steps with a hand-made loop and jumps to cleanup on a bad one.
func process(steps []string) (err error) {
	i := 0
loop:
	if i >= len(steps) {
		goto end
	}
	if steps[i] == "bad" {
		err = errors.New("bad step " + fmt.Sprint(i))
		goto fail
	}
	fmt.Println("step", steps[i])
	i++
	goto loop
fail:
	fmt.Println("cleanup after", err)
	return
end:
	fmt.Println("all", i, "done")
	return nil
}

func main() {
	fmt.Println(retries(3))
	find([][]int{{1, 2}, {3, 4}}, 3)
	find([][]int{{1, 2}}, 9)
	fmt.Println(process([]string{"a", "b"}))
	fmt.Println(process([]string{"a", "bad", "c"}))
	n := 0
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 2 {
				continue outer
			}
			n++
			if n == 5 {
				goto finish
			}
		}
	}
finish:
	fmt.Println("n =", n)
}
