// sync.Once: an expensive setup runs exactly once however many goroutines ask for it.
package main

import (
	"fmt"
	"sync"
)

type Config struct {
	Name    string
	Workers int
}

var (
	once   sync.Once
	config *Config
	loads  int
)

func getConfig() *Config {
	once.Do(func() {
		loads++
		config = &Config{Name: "prod", Workers: 4}
	})
	return config
}

func main() {
	var wg sync.WaitGroup
	results := make(chan string, 10)
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c := getConfig()
			results <- c.Name
		}()
	}
	wg.Wait()
	close(results)
	count := 0
	for name := range results {
		if name == "prod" {
			count++
		}
	}
	fmt.Println("goroutines that saw prod:", count)
	fmt.Println("loads:", loads)
	fmt.Printf("%+v\n", *getConfig())

	var other sync.Once
	for i := range 3 {
		other.Do(func() { fmt.Println("first call only, i =", i) })
	}
}
