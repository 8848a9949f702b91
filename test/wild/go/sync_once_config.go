// Blog style: lazy initialisation with sync.Once, OnceValue and a package-level singleton
package main

import (
	"fmt"
	"sort"
	"sync"
)

type Config struct {
	values map[string]string
}

var (
	cfg      *Config
	cfgOnce  sync.Once
	loads    int
	loadsMux sync.Mutex
)

func loadConfig() {
	loadsMux.Lock()
	loads++
	loadsMux.Unlock()
	cfg = &Config{values: map[string]string{"env": "test", "region": "eu", "debug": "false"}}
}

func GetConfig() *Config {
	cfgOnce.Do(loadConfig)
	return cfg
}

var expensive = sync.OnceValue(func() int {
	sum := 0
	for i := 1; i <= 100; i++ {
		sum += i
	}
	fmt.Println("computing expensive value")
	return sum
})

func main() {
	var wg sync.WaitGroup
	seen := make([]*Config, 20)
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			seen[i] = GetConfig()
		}(i)
	}
	wg.Wait()
	same := true
	for _, c := range seen {
		if c != seen[0] {
			same = false
		}
	}
	fmt.Println("loads:", loads, "same pointer:", same)
	keys := make([]string, 0)
	for k := range GetConfig().values {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%s=%s\n", k, GetConfig().values[k])
	}
	fmt.Println(expensive(), expensive())

	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("only once, i =", i) })
	}
}
