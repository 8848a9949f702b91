// Blog style: map/reduce word frequencies, mappers per document, reducers per key shard, sorted output
package main

import (
	"fmt"
	"hash/fnv"
	"sort"
	"strings"
	"sync"
	"unicode"
)

type kv struct {
	key string
	val int
}

func mapper(doc string, shards []chan kv) {
	words := strings.FieldsFunc(strings.ToLower(doc), func(r rune) bool { return !unicode.IsLetter(r) })
	for _, w := range words {
		h := fnv.New32a()
		h.Write([]byte(w))
		shards[h.Sum32()%uint32(len(shards))] <- kv{w, 1}
	}
}

func reducer(in <-chan kv, out chan<- map[string]int) {
	counts := map[string]int{}
	for p := range in {
		counts[p.key] += p.val
	}
	out <- counts
}

func main() {
	docs := []string{
		"The quick brown fox jumps over the lazy dog.",
		"The dog barks; the fox runs.",
		"Quick, quick! said the brown hen.",
		"Lazy afternoons are for dogs and foxes.",
	}
	const nShards = 3
	shards := make([]chan kv, nShards)
	results := make(chan map[string]int)
	for i := range shards {
		shards[i] = make(chan kv, 8)
		go reducer(shards[i], results)
	}

	var wg sync.WaitGroup
	for _, d := range docs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mapper(d, shards)
		}()
	}
	wg.Wait()
	for _, s := range shards {
		close(s)
	}

	final := map[string]int{}
	for range nShards {
		for k, v := range <-results {
			if _, dup := final[k]; dup {
				fmt.Println("key in two shards:", k)
			}
			final[k] = v
		}
	}

	pairs := make([]kv, 0, len(final))
	for k, v := range final {
		pairs = append(pairs, kv{k, v})
	}
	sort.Slice(pairs, func(i, j int) bool {
		if pairs[i].val != pairs[j].val {
			return pairs[i].val > pairs[j].val
		}
		return pairs[i].key < pairs[j].key
	})
	fmt.Println("distinct words:", len(pairs))
	for _, p := range pairs[:6] {
		fmt.Printf("%-6s %d\n", p.key, p.val)
	}
}
