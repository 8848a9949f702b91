// A package may have several init functions: they run in source order, after package variables get their values, before main.
package main

import "fmt"

var registry = map[string]int{}

var log []string

func init() {
	registry["alpha"] = 1
	log = append(log, fmt.Sprint("first init sees ", len(registry), " entry"))
}

func main() {
	log = append(log, "main")
	for _, line := range log {
		fmt.Println(line)
	}
	fmt.Println(registry["alpha"], registry["beta"])
}

func init() {
	registry["beta"] = 2
	log = append(log, "second init")
}
