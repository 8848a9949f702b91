// The value variable of a range loop is a copy of the element: changing it leaves the slice, array or map as it was.
package main

import "fmt"

type Player struct {
	Name  string
	Score int
	Pos   [2]int
}

func main() {
	team := []Player{{"ann", 10, [2]int{0, 0}}, {"bob", 20, [2]int{1, 1}}}
	for _, p := range team {
		p.Score *= 2
		p.Pos[0] = 9
	}
	fmt.Println("after range by value:", team)

	for i := range team {
		team[i].Score *= 2
	}
	fmt.Println("after range by index:", team)

	for i, p := range team {
		team[i].Score = 0
		fmt.Println(p.Name, "had", p.Score, "now", team[i].Score)
	}

	var best Player
	for _, best = range team {
		best.Name = "changed"
	}
	fmt.Println("assigned copy:", best.Name, "slice keeps:", team[1].Name)

	grid := [2]Player{{Name: "x"}, {Name: "y"}}
	for _, p := range grid {
		p.Name += "!"
	}
	fmt.Println("array:", grid)

	byName := map[string]Player{"cy": {"cy", 5, [2]int{2, 2}}}
	for _, p := range byName {
		p.Score = 99
	}
	fmt.Println("map:", byName["cy"].Score)

	pairs := [][2]int{{1, 2}, {3, 4}}
	for _, pair := range pairs {
		pair[0] = 0
	}
	fmt.Println("arrays in a slice:", pairs)
}
