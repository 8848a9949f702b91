// Classic exercise style: Conway's Game of Life on a wrapping grid, each generation computed by one goroutine per row band and joined with a WaitGroup, boards swapped between generations
package main

import (
	"fmt"
	"strings"
	"sync"
)

type Board struct {
	w, h  int
	cells [][]bool
}

func NewBoard(w, h int) *Board {
	cells := make([][]bool, h)
	for i := range cells {
		cells[i] = make([]bool, w)
	}
	return &Board{w: w, h: h, cells: cells}
}

func (b *Board) Set(x, y int) { b.cells[y][x] = true }

func (b *Board) Alive(x, y int) bool {
	x = (x + b.w) % b.w
	y = (y + b.h) % b.h
	return b.cells[y][x]
}

func (b *Board) Next(x, y int) bool {
	n := 0
	for dy := -1; dy <= 1; dy++ {
		for dx := -1; dx <= 1; dx++ {
			if (dx != 0 || dy != 0) && b.Alive(x+dx, y+dy) {
				n++
			}
		}
	}
	return n == 3 || (n == 2 && b.Alive(x, y))
}

func (b *Board) Population() int {
	n := 0
	for _, row := range b.cells {
		for _, c := range row {
			if c {
				n++
			}
		}
	}
	return n
}

func (b *Board) String() string {
	var sb strings.Builder
	for _, row := range b.cells {
		for _, c := range row {
			if c {
				sb.WriteByte('#')
			} else {
				sb.WriteByte('.')
			}
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

// Step writes the next generation of cur into next using `bands` goroutines.
func Step(cur, next *Board, bands int) {
	var wg sync.WaitGroup
	per := (cur.h + bands - 1) / bands
	for start := 0; start < cur.h; start += per {
		end := min(start+per, cur.h)
		wg.Add(1)
		go func() {
			defer wg.Done()
			for y := start; y < end; y++ {
				for x := 0; x < cur.w; x++ {
					next.cells[y][x] = cur.Next(x, y)
				}
			}
		}()
	}
	wg.Wait()
}

func run(name string, b *Board, gens int, show map[int]bool) {
	fmt.Printf("== %s (%dx%d)\n", name, b.w, b.h)
	spare := NewBoard(b.w, b.h)
	var history []int
	for g := 0; g <= gens; g++ {
		if show[g] {
			fmt.Printf("generation %d:\n%s", g, b)
		}
		history = append(history, b.Population())
		Step(b, spare, 3)
		b, spare = spare, b
	}
	fmt.Println("population:", history)
}

func main() {
	glider := NewBoard(8, 8)
	for _, p := range [][2]int{{1, 0}, {2, 1}, {0, 2}, {1, 2}, {2, 2}} {
		glider.Set(p[0], p[1])
	}
	run("glider", glider, 32, map[int]bool{0: true, 4: true, 32: true})

	blinker := NewBoard(5, 5)
	for x := 1; x <= 3; x++ {
		blinker.Set(x, 2)
	}
	run("blinker", blinker, 3, map[int]bool{0: true, 1: true})

	rpent := NewBoard(16, 12)
	for _, p := range [][2]int{{7, 5}, {8, 5}, {6, 6}, {7, 6}, {7, 7}} {
		rpent.Set(p[0], p[1])
	}
	run("r-pentomino", rpent, 30, map[int]bool{30: true})
}
