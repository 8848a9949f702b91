// Go by Example "text formatting" style: an inventory report with aligned columns (%-8s %5d %08.3f %6.2f%%), %x/%X/%o/%b, %q, %+v/%#v/%T on structs, Sprintf padding tricks
package main

import (
	"fmt"
	"os"
	"sort"
	"strings"
)

type Money int64 // cents

func (m Money) String() string {
	sign := ""
	if m < 0 {
		sign = "-"
		m = -m
	}
	return fmt.Sprintf("%s$%d.%02d", sign, m/100, m%100)
}

type Item struct {
	SKU   string
	Name  string
	Qty   int
	Price Money
	Tags  []string
}

type Warehouse struct {
	Code  string
	Items map[string]*Item
}

func main() {
	w := Warehouse{Code: "W-07", Items: map[string]*Item{}}
	add := func(sku, name string, qty int, price Money, tags ...string) {
		w.Items[sku] = &Item{sku, name, qty, price, tags}
	}
	add("A100", "bolt", 1200, 15, "steel")
	add("B220", "hex nut", 860, 9)
	add("C003", "washer, flat", 15000, 2, "steel", "bulk")
	add("Z999", "gizmo \"deluxe\"", 3, 124999)
	add("D450", "spring", 0, 75)

	skus := make([]string, 0, len(w.Items))
	for s := range w.Items {
		skus = append(skus, s)
	}
	sort.Strings(skus)

	fmt.Printf("%-6s|%-16s|%7s|%12s|%14s\n", "SKU", "Name", "Qty", "Unit", "Value")
	fmt.Println(strings.Repeat("-", 6) + "+" + strings.Repeat("-", 16) + "+" + strings.Repeat("-", 7) + "+" + strings.Repeat("-", 12) + "+" + strings.Repeat("-", 14))
	var total Money
	for _, s := range skus {
		it := w.Items[s]
		v := Money(it.Qty) * it.Price
		total += v
		name := it.Name
		if len(name) > 14 {
			name = name[:13] + "~"
		}
		fmt.Printf("%-6s|%-16s|%7d|%12v|%14s\n", it.SKU, name, it.Qty, it.Price, v)
	}
	fmt.Printf("%-6s|%16s|%7s|%12s|%14v\n", "", "", "", "total", total)
	fmt.Println()
	for _, s := range skus {
		it := w.Items[s]
		share := 100 * float64(Money(it.Qty)*it.Price) / float64(total)
		bar := strings.Repeat("#", int(share/5))
		fmt.Printf("%s %6.2f%% %-20s %08.3f\n", s, share, bar, share/100)
	}
	fmt.Println()
	it := w.Items["Z999"]
	fmt.Printf("%v\n%+v\n", *it, *it)
	fmt.Printf("%#v\n", *w.Items["A100"])
	fmt.Printf("%T %T %T\n", it, w.Items, it.Price)
	fmt.Printf("%q %q %x %X % x\n", it.Name, 'G', "go", []byte("Go"), "go!")
	fmt.Printf("[%5s][%-5s][%.2s][%5.1s]\n", "ab", "ab", "abc", "xyz")
	fmt.Printf("[%d][%+d][%x][%X][%o][%O][%b][%#x][%#o]\n", 255, 255, 255, 255, 8, 8, 5, 255, 8)
	fmt.Printf("[%6.2f][%-8.3f][%+.1e][%g][%G]\n", 3.14159, 2.5, 123456.789, 1e21, 1e-7)
	fmt.Printf("[%*d][%-*d][%c][%U][%t]\n", 5, 42, 4, 7, 0x1F600, 0x1F600, true)
	fmt.Printf("%v %d %s\n", Money(-1234), Money(-1234), Money(5))
	fmt.Fprintln(os.Stdout, fmt.Sprint("a", 1, 2, "b", "c", 3.0, nil), fmt.Sprintln("x", 1))
}
