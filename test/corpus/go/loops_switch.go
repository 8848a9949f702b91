// Every for-loop form, if with init, switch (tag, tagless, fallthrough, break in a loop).
package main

import "fmt"

func classify(n int) string {
	switch {
	case n < 0:
		return "negative"
	case n == 0:
		return "zero"
	default:
		return "odd"
	}
}

func main() {
	for i := 0; i < 3; i++ {
		fmt.Print(i, " ")
	}
	for range 2 {
		fmt.Print("again ")
	}
	n := 1
	for n < 100 {
		n *= 3
	}
	fmt.Println("| n:", n)

	k := 0
	for {
		k++
		if k == 2 {
			continue
		} else if k > 4 {
			break
		}
		fmt.Print("k", k, " ")
	}
	for i := range 4 {
		fmt.Print(classify(i-1), " ")
	}
	fmt.Println()

	if v := n % 7; v > 3 {
		fmt.Println("big remainder", v)
	} else {
		fmt.Println("small remainder", v)
	}

	for _, day := range []string{"sat", "mon", "sun", "wed"} {
		switch day {
		case "sat", "sun":
			fmt.Println(day, "weekend")
		case "mon":
			fmt.Println(day, "start")
			fallthrough
		case "tue", "wed":
			fmt.Println(day, "weekday")
		}
	}

	switch x := 5; {
	case x > 3:
		fmt.Println("x > 3")
		fallthrough
	case x > 100:
		fmt.Println("fell through to x > 100")
	}

	for i := 0; i < 10; i++ {
		switch {
		case i == 2:
			break // leaves the switch only
		case i > 3:
			fmt.Println("stop at", i)
			i = 100
		}
	}
}
