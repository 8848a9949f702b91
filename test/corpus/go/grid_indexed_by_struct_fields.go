// Indexing a grid with struct fields (grid[p.Y][p.X]) reads and writes cells, as in a Game of Life step.
package main

import "fmt"

type Cell struct{ X, Y int }

type Board struct {
	w, h  int
	cells [][]bool
}

func (b *Board) alive(c Cell) bool {
	c.X = (c.X + b.w) % b.w
	c.Y = (c.Y + b.h) % b.h
	return b.cells[c.Y][c.X]
}

func (b *Board) neighbours(c Cell) int {
	n := 0
	for dy := -1; dy <= 1; dy++ {
		for dx := -1; dx <= 1; dx++ {
			if (dx != 0 || dy != 0) && b.alive(Cell{c.X + dx, c.Y + dy}) {
				n++
			}
		}
	}
	return n
}

func main() {
	b := &Board{w: 5, h: 5, cells: make([][]bool, 5)}
	for y := range b.cells {
		b.cells[y] = make([]bool, 5)
	}
	for _, c := range []Cell{{1, 2}, {2, 2}, {3, 2}} {
		b.cells[c.Y][c.X] = true
	}
	next := make([][]bool, 5)
	for y := 0; y < 5; y++ {
		next[y] = make([]bool, 5)
		for x := 0; x < 5; x++ {
			c := Cell{x, y}
			n := b.neighbours(c)
			next[c.Y][c.X] = n == 3 || (n == 2 && b.cells[c.Y][c.X])
		}
	}
	for _, row := range next {
		line := ""
		for _, alive := range row {
			if alive {
				line += "#"
			} else {
				line += "."
			}
		}
		fmt.Println(line)
	}
	counts := map[int]map[int]int{2: {1: 7}}
	p := Cell{1, 2}
	fmt.Println(counts[p.Y][p.X], counts[p.X][p.Y])
}
