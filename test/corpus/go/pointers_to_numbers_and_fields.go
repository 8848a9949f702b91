// Pointers to ints, strings and slices (&x, &s.f, &xs[i], new(int)) read and write the variable they point to.
package main

import "fmt"

type Stats struct {
	count int
	label string
}

func increment(p *int, by int) { *p += by }

func swap(a, b *string) { *a, *b = *b, *a }

func grow(list *[]int, v int) { *list = append(*list, v) }

func main() {
	total := 0
	for i := 1; i <= 4; i++ {
		increment(&total, i)
	}
	fmt.Println("total:", total)

	st := Stats{label: "hits"}
	increment(&st.count, 5)
	name := &st.label
	*name += "!"
	fmt.Println(st.count, st.label)

	first, second := "left", "right"
	swap(&first, &second)
	fmt.Println(first, second)

	scores := []int{10, 20, 30}
	mid := &scores[1]
	*mid *= 10
	increment(&scores[2], 3)
	fmt.Println(scores)

	var items []int
	grow(&items, 1)
	grow(&items, 2)
	fmt.Println(items, len(items))

	counter := new(int)
	for range 3 {
		*counter++
	}
	alias := counter
	*alias += 100
	fmt.Println(*counter, *alias == *counter)
}
