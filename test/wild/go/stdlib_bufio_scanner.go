// bufio docs style: Scanner over strings.NewReader by lines, words, and a custom split
package main

import (
	"bufio"
	"fmt"
	"strconv"
	"strings"
)

const input = `first line of text
second line, with a comma
   indented third line

fifth after a blank`

func main() {
	scanner := bufio.NewScanner(strings.NewReader(input))
	n := 0
	for scanner.Scan() {
		n++
		fmt.Printf("%d: %q\n", n, scanner.Text())
	}
	if err := scanner.Err(); err != nil {
		fmt.Println("error:", err)
	}

	words := bufio.NewScanner(strings.NewReader(input))
	words.Split(bufio.ScanWords)
	count := 0
	longest := ""
	for words.Scan() {
		count++
		if len(words.Text()) > len(longest) {
			longest = words.Text()
		}
	}
	fmt.Println("words:", count, "longest:", longest)

	// custom split: comma-separated integers, validated
	nums := bufio.NewScanner(strings.NewReader("1,2,3,40,x5,6"))
	nums.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		for i, b := range data {
			if b == ',' {
				return i + 1, data[:i], nil
			}
		}
		if !atEOF {
			return 0, nil, nil
		}
		if len(data) > 0 {
			return len(data), data, bufio.ErrFinalToken
		}
		return 0, nil, nil
	})
	sum := 0
	for nums.Scan() {
		v, err := strconv.Atoi(nums.Text())
		if err != nil {
			fmt.Println("skip:", err)
			continue
		}
		sum += v
	}
	fmt.Println("sum:", sum)

	r := bufio.NewReader(strings.NewReader("key: value\nrest"))
	line, _ := r.ReadString('\n')
	rest, err := r.ReadString('\n')
	fmt.Printf("%q %q %v\n", line, rest, err)
}
