// sort package docs style: sort.Interface types sorted with sort.Stable by successive keys, sort.Sort with Reverse, IsSorted, Strings/Ints/Float64s and sort.Search for insertion points
package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

type Track struct {
	Title  string
	Artist string
	Year   int
	Secs   int
}

type byYear []Track

func (t byYear) Len() int           { return len(t) }
func (t byYear) Less(i, j int) bool { return t[i].Year < t[j].Year }
func (t byYear) Swap(i, j int)      { t[i], t[j] = t[j], t[i] }

type byArtist []Track

func (t byArtist) Len() int           { return len(t) }
func (t byArtist) Less(i, j int) bool { return t[i].Artist < t[j].Artist }
func (t byArtist) Swap(i, j int)      { t[i], t[j] = t[j], t[i] }

// customSort takes a less function, like the "Go Programming Language" book's example.
type customSort struct {
	t    []Track
	less func(a, b *Track) bool
}

func (c customSort) Len() int           { return len(c.t) }
func (c customSort) Less(i, j int) bool { return c.less(&c.t[i], &c.t[j]) }
func (c customSort) Swap(i, j int)      { c.t[i], c.t[j] = c.t[j], c.t[i] }

func printTracks(title string, ts []Track) {
	fmt.Println(title)
	for _, t := range ts {
		fmt.Printf("  %-14s %-10s %d %2d:%02d\n", t.Title, t.Artist, t.Year, t.Secs/60, t.Secs%60)
	}
}

func main() {
	tracks := []Track{
		{"Go", "Delilah", 2012, 225},
		{"Go Ahead", "Alicia", 2007, 272},
		{"Ready 2 Go", "Moby", 2011, 260},
		{"Go", "Moby", 1992, 222},
		{"Gopher Song", "Alicia", 2012, 180},
		{"Channels", "Delilah", 2007, 301},
		{"Select", "Moby", 2012, 199},
	}

	// Stable sorts by the least important key first keep earlier orders within ties.
	sort.Stable(byYear(tracks))
	sort.Stable(byArtist(tracks))
	printTracks("by artist, then year (two stable passes):", tracks)

	sort.Sort(sort.Reverse(byYear(tracks)))
	fmt.Println("reverse by year is sorted:", sort.IsSorted(sort.Reverse(byYear(tracks))), "by artist:", sort.IsSorted(byArtist(tracks)))

	sort.Sort(customSort{tracks, func(a, b *Track) bool {
		if a.Title != b.Title {
			return a.Title < b.Title
		}
		if a.Year != b.Year {
			return a.Year > b.Year
		}
		return a.Secs < b.Secs
	}})
	printTracks("by title, newest first, then shortest:", tracks)

	words := strings.Fields("pear Apple banana apple Cherry banana")
	sort.Strings(words)
	fmt.Println("Strings:", words, sort.StringsAreSorted(words))
	sort.SliceStable(words, func(i, j int) bool { return len(words[i]) < len(words[j]) })
	fmt.Println("stable by length:", words)

	nums := []int{42, -7, 0, 19, 3, 3, 100}
	sort.Ints(nums)
	fmt.Println("Ints:", nums)
	for _, x := range []int{3, 4, -10, 101} {
		i := sort.SearchInts(nums, x)
		found := i < len(nums) && nums[i] == x
		fmt.Printf("  SearchInts(%d) = %d found=%t\n", x, i, found)
	}
	firstOver := sort.Search(len(nums), func(i int) bool { return nums[i] > 10 })
	fmt.Println("first index with value > 10:", firstOver)

	fs := []float64{2.5, math.Inf(-1), -0.5, math.NaN(), 1e-3, math.Inf(1)}
	sort.Float64s(fs)
	fmt.Println("Float64s (NaN first):", fs)

	// Guess a number with sort.Search, as in the package docs.
	secret := 37
	guesses := 0
	got := sort.Search(100, func(i int) bool {
		guesses++
		return i >= secret
	})
	fmt.Println("found", got, "in", guesses, "guesses")
}
