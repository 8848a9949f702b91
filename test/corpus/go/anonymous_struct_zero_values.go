// Variables of anonymous struct types and arrays of structs start as zero values with every field set.
package main

import "fmt"

type Cell struct {
	Alive bool
	Age   int
}

var config struct {
	Name    string
	Retries int
	Limits  [2]int
	Owner   struct{ ID int }
}

func main() {
	var point struct{ X, Y float64 }
	point.X += 1.5
	fmt.Println(point.X, point.Y)
	config.Retries++
	config.Owner.ID = 7
	fmt.Printf("%+v\n", config)
	var board [3]Cell
	board[1].Alive = true
	board[2].Age += 2
	fmt.Println(board)
	var rows [2][3]int
	rows[1][2] = 5
	fmt.Println(rows, len(rows[0]))
	grid := make([]struct{ hits int }, 2)
	grid[0].hits++
	fmt.Println(grid)
}
