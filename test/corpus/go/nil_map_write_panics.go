// Reading a nil map gives zero values, but writing to one panics with "assignment to entry in nil map".
package main

import "fmt"

type Registry struct {
	name  string
	users map[string]int
}

func tryWrite(label string, write func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: recovered %q\n", label, fmt.Sprint(r))
			if err, ok := r.(error); ok {
				fmt.Println("  it is an error:", err)
			}
		}
	}()
	write()
	fmt.Println(label, "wrote fine")
}

func main() {
	var counts map[string]int
	fmt.Println(counts["missing"], len(counts), counts == nil)

	tryWrite("plain", func() { counts["a"] = 1 })
	tryWrite("increment", func() { counts["b"]++ })
	tryWrite("add", func() { counts["c"] += 5 })

	var r Registry
	tryWrite("field", func() { r.users["ann"] = 7 })
	r.users = make(map[string]int)
	tryWrite("field after make", func() { r.users["ann"] = 7 })
	fmt.Println(r.users)

	nested := map[string]map[string]bool{}
	tryWrite("nested", func() { nested["x"]["y"] = true })

	defer fmt.Println("deferred print runs before the crash")
	counts["boom"] = 1
}
