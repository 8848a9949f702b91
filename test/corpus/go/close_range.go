// Closing and ranging: the receiver ranges until close; values buffered before the close
// are still delivered; a closed channel gives zero values forever.
package main

import "fmt"

func producer(n int, out chan<- string) {
	for i := 1; i <= n; i++ {
		out <- fmt.Sprint("item-", i)
	}
	close(out)
}

func main() {
	items := make(chan string)
	go producer(4, items)
	for item := range items {
		fmt.Println("got", item)
	}

	buffered := make(chan int, 5)
	for i := range 5 {
		buffered <- i * i
	}
	close(buffered)
	fmt.Println("buffered before range:", len(buffered))
	total := 0
	for v := range buffered {
		total += v
	}
	fmt.Println("total:", total, "len now:", len(buffered))

	for i := 0; i < 3; i++ {
		fmt.Print(<-buffered, " ")
	}
	fmt.Println()

	done := make(chan struct{})
	results := make(chan int)
	go func() {
		defer close(done)
		count := 0
		for range results {
			count++
		}
		fmt.Println("consumer counted", count)
	}()
	for i := 0; i < 7; i++ {
		results <- i
	}
	close(results)
	<-done
	fmt.Println("finished")
}
