package main

import "fmt"

// A dispatcher with three queues that always hold work: select must not favour any of them.
// Only the queue it took from is refilled, so all three stay ready on every round.
func main() {
	queues := []chan string{make(chan string, 1), make(chan string, 1), make(chan string, 1)}
	names := []string{"email", "sms", "push"}
	for i, q := range queues {
		q <- names[i]
	}
	taken := map[string]int{}
	const jobs = 30000
	for n := 0; n < jobs; n++ {
		var job string
		var from int
		select {
		case job = <-queues[0]:
			from = 0
		case job = <-queues[1]:
			from = 1
		case job = <-queues[2]:
			from = 2
		}
		taken[job]++
		queues[from] <- job
	}
	for _, name := range names {
		share := float64(taken[name]) / jobs
		fmt.Printf("%s near a third: %v\n", name, share > 0.30 && share < 0.37)
	}
	fmt.Println("jobs:", taken["email"]+taken["sms"]+taken["push"])
}
