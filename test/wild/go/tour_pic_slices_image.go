// Tour style: the Pic exercise (a [][]uint8 built row by row with several formulas) and a tiny Image type with Bounds/At, printed as ASCII art
package main

import (
	"fmt"
	"strings"
)

func Pic(dx, dy int, f func(x, y int) int) [][]uint8 {
	p := make([][]uint8, dy)
	for y := range p {
		p[y] = make([]uint8, dx)
		for x := range p[y] {
			p[y][x] = uint8(f(x, y)) // wraps mod 256
		}
	}
	return p
}

type Rect struct{ W, H int }

type Image interface {
	Bounds() Rect
	At(x, y int) uint8
}

type Checker struct {
	Size, Cell int
}

func (c Checker) Bounds() Rect { return Rect{c.Size, c.Size} }
func (c Checker) At(x, y int) uint8 {
	if (x/c.Cell+y/c.Cell)%2 == 0 {
		return 255
	}
	return 0
}

type Gradient struct{ W, H int }

func (g *Gradient) Bounds() Rect      { return Rect{g.W, g.H} }
func (g *Gradient) At(x, y int) uint8 { return uint8(x * 255 / (g.W - 1)) }

const shades = " .:-=+*#%@"

func render(img Image) string {
	var sb strings.Builder
	b := img.Bounds()
	for y := 0; y < b.H; y++ {
		for x := 0; x < b.W; x++ {
			v := img.At(x, y)
			sb.WriteByte(shades[int(v)*(len(shades)-1)/255])
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func checksum(p [][]uint8) (sum uint32) {
	for _, row := range p {
		for _, v := range row {
			sum = sum*31 + uint32(v)
		}
	}
	return
}

func main() {
	formulas := []struct {
		name string
		f    func(x, y int) int
	}{
		{"avg", func(x, y int) int { return (x + y) / 2 }},
		{"mul", func(x, y int) int { return x * y }},
		{"xor", func(x, y int) int { return x ^ y }},
		{"pow", func(x, y int) int { return x*x + y*y*y }},
	}
	for _, fm := range formulas {
		p := Pic(40, 30, fm.f)
		fmt.Printf("%-4s rows=%d cols=%d p[29][39]=%3d checksum=%08x\n", fm.name, len(p), len(p[0]), p[29][39], checksum(p))
	}
	small := Pic(4, 3, func(x, y int) int { return x * 100 * (y + 1) })
	for _, row := range small {
		fmt.Printf("%4d\n", row)
	}
	var imgs = []Image{Checker{8, 2}, &Gradient{20, 2}}
	for _, img := range imgs {
		fmt.Printf("%T %+v\n", img, img.Bounds())
		fmt.Print(render(img))
	}
}
