// Structs and arrays as map keys compare by value: a grid walk marks visited cells with [2]int and Point keys.
package main

import (
	"fmt"
	"sort"
)

type Point struct{ X, Y int }

func neighbours(p Point) []Point {
	return []Point{{p.X + 1, p.Y}, {p.X - 1, p.Y}, {p.X, p.Y + 1}, {p.X, p.Y - 1}}
}

func main() {
	grid := []string{
		"..#",
		".##",
		"...",
	}
	start := Point{0, 0}
	dist := map[Point]int{start: 0}
	queue := []Point{start}
	for len(queue) > 0 {
		p := queue[0]
		queue = queue[1:]
		for _, n := range neighbours(p) {
			if n.Y < 0 || n.Y >= len(grid) || n.X < 0 || n.X >= len(grid[n.Y]) {
				continue
			}
			if row := grid[n.Y]; row[n.X] == '#' {
				continue
			}
			if _, seen := dist[n]; !seen {
				dist[n] = dist[p] + 1
				queue = append(queue, n)
			}
		}
	}
	fmt.Println("reachable:", len(dist), "corner:", dist[Point{2, 2}])

	visits := map[[2]int]int{}
	for _, step := range [][2]int{{0, 1}, {1, 1}, {0, 1}, {0, 1}} {
		visits[step]++
	}
	keys := make([][2]int, 0, len(visits))
	for k := range visits {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i][0]*10+keys[i][1] < keys[j][0]*10+keys[j][1] })
	for _, k := range keys {
		fmt.Println(k, visits[k])
	}
	key := [2]int{0, 1}
	delete(visits, key)
	key[1] = 5
	_, stillThere := visits[[2]int{0, 1}]
	fmt.Println(len(visits), stillThere, visits)
}
