// Packages the translator does not provide (encoding/csv, net/url) in types of fields,
// variables, parameters and results: the translation type-checks, and a run that never reaches
// their calls prints as Go does.
package main

import (
	"encoding/csv"
	"fmt"
	"net/url"
	"os"
	"strings"
)

type feed struct {
	name   string
	rows   *csv.Reader
	origin *url.URL
}

func (f *feed) open(text string) {
	f.rows = csv.NewReader(strings.NewReader(text))
	f.rows.Comma = ';'
}

func firstRecord(r *csv.Reader) ([]string, error) {
	return r.Read()
}

func describe(f feed) string {
	switch {
	case f.origin != nil:
		return f.name + " from " + f.origin.Host
	case f.rows != nil:
		return f.name + " (open)"
	}
	return f.name + " (not opened)"
}

func main() {
	feeds := []feed{{name: "prices"}, {name: "stock"}}
	if len(os.Args) > 2 {
		u, err := url.Parse(os.Args[1])
		if err != nil {
			fmt.Println("bad url:", err)
			os.Exit(2)
		}
		feeds[0].origin = u
		feeds[1].open(os.Args[2])
		record, err := firstRecord(feeds[1].rows)
		fmt.Println(record, err)
	}
	for _, f := range feeds {
		fmt.Println(describe(f))
	}
	var params url.Values
	fmt.Println(len(params), params == nil)
}
