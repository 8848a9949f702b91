// A variable of an unnamed struct type is a value too: assigning it copies the fields, nested structs and arrays included.
package main

import "fmt"

type Point struct{ X, Y int }

func main() {
	config := struct {
		Host  string
		Port  int
		Where Point
		Tags  [2]string
	}{"localhost", 8080, Point{1, 2}, [2]string{"a", "b"}}

	backup := config
	backup.Port = 9090
	backup.Where.X = 100
	backup.Tags[0] = "z"
	fmt.Printf("%+v\n%+v\n", config, backup)
	fmt.Println("same:", config == backup)

	backup = config
	fmt.Println("same after copy back:", config == backup)

	flat := struct{ A, B int }{1, 2}
	other := flat
	other.A = 10
	fmt.Println(flat, other)
}
