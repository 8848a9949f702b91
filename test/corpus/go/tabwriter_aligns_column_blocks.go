// text/tabwriter: tab-terminated cells aligned per column block (a line with fewer cells ends
// the block), padding with spaces, dots or tabs, a minimum width, AlignRight, Debug bars,
// DiscardEmptyColumns and TabIndent; text after the last tab is no cell; runes count one each.
package main

import (
	"fmt"
	"os"
	"text/tabwriter"
)

func main() {
	w := tabwriter.NewWriter(os.Stdout, 0, 8, 1, ' ', 0)
	fmt.Fprintln(w, "name\tcity\tage")
	fmt.Fprintln(w, "Zoë\tKraków\t31")
	fmt.Fprintln(w, "Bartholomew\tLima\t7")
	fmt.Fprintln(w, "a line without tabs ends the block")
	fmt.Fprintln(w, "x\ty\t")
	fmt.Fprintln(w, "longer\tcell\t")
	w.Flush()

	dots := tabwriter.NewWriter(os.Stdout, 8, 0, 2, '.', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintf(dots, "%s\t%d\t%s\t\n", "pears", 12, "kg")
	fmt.Fprintf(dots, "%s\t%d\t%s\t\n", "figs", 3, "boxes of ten")
	dots.Write([]byte("tail\twithout newline"))
	dots.Flush()
	fmt.Println()

	tabs := tabwriter.NewWriter(os.Stdout, 0, 4, 0, '\t', tabwriter.AlignRight)
	fmt.Fprintln(tabs, "ab\tc\td")
	fmt.Fprintln(tabs, "abcdef\tgh\ti")
	tabs.Flush()

	sparse := tabwriter.NewWriter(os.Stdout, 0, 8, 1, '-', tabwriter.DiscardEmptyColumns|tabwriter.Debug)
	fmt.Fprintln(sparse, "one\t\tthree")
	fmt.Fprintln(sparse, "1\t\t3")
	sparse.Flush()

	indent := tabwriter.NewWriter(os.Stdout, 0, 4, 1, ' ', tabwriter.TabIndent)
	fmt.Fprintln(indent, "\tfunc\tmain()")
	fmt.Fprintln(indent, "\t\tbody\tstatement")
	indent.Flush()
}
