// A pointer to a struct element (`&items[i]`) shares the element while appends stay within the
// capacity, and keeps the old element once an append outgrows it and moves the slice to a new
// array; `t := append(s, x)` past the capacity copies the elements as well.
package main

import "fmt"

type item struct {
	name  string
	count int
}

func restock(stock []item, name string, n int) []item {
	for i := range stock {
		if stock[i].name == name {
			stock[i].count += n
			return stock
		}
	}
	return append(stock, item{name, n})
}

func main() {
	stock := make([]item, 0, 2)
	stock = append(stock, item{"bolts", 10})
	first := &stock[0]
	stock = append(stock, item{"nuts", 4})
	first.count++ // still the same array: shows in the slice
	fmt.Println(stock, *first, len(stock), cap(stock))

	stock = append(stock, item{"washers", 50}) // past the capacity: a new array
	first.count = 1000
	fmt.Println(stock, *first, len(stock), cap(stock))

	last := &stock[len(stock)-1]
	stock = restock(stock, "washers", 5)
	fmt.Println(last.count, stock[2].count)
	stock = restock(stock, "screws", 7)
	last.count = -1
	fmt.Println(stock, *last)

	var queue []item
	for i := 0; i < 5; i++ {
		queue = append(queue, item{fmt.Sprint("job", i), i})
	}
	head := &queue[0]
	grown := append(queue, item{"job5", 5}, item{"job6", 6}, item{"job7", 7}, item{"job8", 8})
	head.count = 99
	grown[1].count = 42
	fmt.Println(queue[0], grown[0], queue[1], grown[1], cap(queue), cap(grown))
}
