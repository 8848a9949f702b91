// Go by Example style: closing a jobs channel, worker notices via v, more := <-jobs
package main

import "fmt"

func main() {
	jobs := make(chan int, 5)
	done := make(chan bool)
	log := make(chan string, 16)

	go func() {
		for {
			j, more := <-jobs
			if more {
				log <- fmt.Sprint("received job ", j)
			} else {
				log <- "received all jobs"
				done <- true
				return
			}
		}
	}()

	for j := 1; j <= 3; j++ {
		jobs <- j
		fmt.Println("sent job", j)
	}
	close(jobs)
	fmt.Println("sent all jobs")
	<-done
	close(log)
	for l := range log {
		fmt.Println(l)
	}

	_, ok := <-jobs
	fmt.Println("received more jobs:", ok)
}
