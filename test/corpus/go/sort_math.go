// sort.Ints, sort.Strings, sort.Slice with a custom order; math basics.
package main

import (
	"fmt"
	"math"
	"sort"
)

type Player struct {
	Name  string
	Score int
}

func main() {
	nums := []int{5, 2, 8, -1, 3}
	sort.Ints(nums)
	fmt.Println(nums, sort.IntsAreSorted(nums))

	names := []string{"mallory", "alice", "Bob", "carol"}
	sort.Strings(names)
	fmt.Println(names)

	players := []Player{{"ann", 30}, {"bo", 50}, {"cy", 30}, {"di", 10}}
	sort.Slice(players, func(i, j int) bool {
		if players[i].Score != players[j].Score {
			return players[i].Score > players[j].Score
		}
		return players[i].Name < players[j].Name
	})
	for rank, p := range players {
		fmt.Printf("%d. %-4s %3d\n", rank+1, p.Name, p.Score)
	}
	idx := sort.SearchInts(nums, 3)
	fmt.Println("3 is at", idx)

	fmt.Println(math.Sqrt(16), math.Pow(2, 10), math.Abs(-3.5))
	fmt.Println(math.Floor(2.7), math.Ceil(2.1), math.Round(2.5), math.Trunc(-2.7))
	fmt.Println(math.Max(3, 7), math.Min(3, 7), math.MaxInt32, math.MinInt32)
	fmt.Printf("%.4f %.3f\n", math.Pi, math.Sqrt2)
	fmt.Println(math.Inf(1), -math.Inf(1), math.IsNaN(math.NaN()))
	fmt.Println(math.Mod(7, 3), math.Hypot(3, 4), math.MaxInt32)
	fmt.Println(1.5, 2.0, 1e21, 1e-7, 100000000.0, float64(7)/2)
	avg := float64(nums[0]+nums[4]) / 2
	fmt.Println("avg:", avg, int(avg), int(-avg-0.4))
}
