// bufio/text/tabwriter docs style: a buffered writer on os.Stdout (Buffered, Available, Flush), WriteString/WriteByte/WriteRune, and aligned columns through tabwriter
package main

import (
	"bufio"
	"fmt"
	"os"
	"text/tabwriter"
)

type row struct {
	name  string
	qty   int
	price float64
}

func main() {
	w := bufio.NewWriterSize(os.Stdout, 64)
	fmt.Fprintf(w, "size=%d available=%d buffered=%d\n", w.Size(), w.Available(), w.Buffered())
	w.WriteString("hello")
	w.WriteByte(',')
	w.WriteByte(' ')
	n, _ := w.WriteRune('é')
	w.WriteRune('\n')
	fmt.Fprintf(w, "rune bytes=%d buffered=%d\n", n, w.Buffered())
	w.Flush()
	fmt.Fprintf(w, "after flush buffered=%d\n", w.Buffered())

	// Writing more than the buffer holds makes it flush on its own.
	for i := 0; i < 12; i++ {
		fmt.Fprintf(w, "line %02d.\n", i)
	}
	fmt.Fprintf(w, "still buffered <= 64: %t\n", w.Buffered() <= 64)
	w.Flush()

	// Output written straight to os.Stdout overtakes whatever is still buffered.
	fmt.Fprint(w, "buffered first, ")
	fmt.Println("direct line")
	fmt.Fprintln(w, "shown after the direct line")
	w.Flush()

	tw := tabwriter.NewWriter(w, 0, 8, 2, ' ', 0)
	fmt.Fprintln(tw, "item\tqty\tprice\t")
	fmt.Fprintln(tw, "----\t---\t-----\t")
	rows := []row{{"apple", 3, 0.5}, {"watermelon", 1, 3.25}, {"fig", 12, 0.2}}
	total := 0.0
	for _, r := range rows {
		fmt.Fprintf(tw, "%s\t%d\t%.2f\t\n", r.name, r.qty, r.price*float64(r.qty))
		total += r.price * float64(r.qty)
	}
	fmt.Fprintf(tw, "total\t\t%.2f\t\n", total)
	tw.Flush()

	right := tabwriter.NewWriter(w, 6, 0, 1, '.', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(right, "a\tbb\tccc\t")
	fmt.Fprintln(right, "dddd\te\tf\t")
	right.Flush()
	w.Flush()
}
