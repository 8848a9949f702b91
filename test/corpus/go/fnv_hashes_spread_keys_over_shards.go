// hash/fnv gives the same 32- and 64-bit FNV hashes as Go: handy to send each key to a fixed shard.
package main

import (
	"fmt"
	"hash/fnv"
)

func shardOf(key string, shards int) uint32 {
	h := fnv.New32a()
	h.Write([]byte(key))
	return h.Sum32() % uint32(shards)
}

func main() {
	for _, key := range []string{"apple", "banana", "cherry", "", "gopher"} {
		fmt.Printf("%-7q shard %d\n", key, shardOf(key, 4))
	}

	plain := fnv.New32()
	plain.Write([]byte("hello"))
	fmt.Printf("fnv-1 32:  %08x\n", plain.Sum32())

	wide := fnv.New64a()
	n, err := wide.Write([]byte("hello"))
	fmt.Println("wrote", n, err)
	fmt.Printf("fnv-1a 64: %x\n", wide.Sum64())
	fmt.Printf("as bytes:  % x\n", wide.Sum(nil))

	old := fnv.New64()
	old.Write([]byte("hel"))
	old.Write([]byte("lo")) // writes add up, as one write would
	fmt.Println("fnv-1 64: ", old.Sum64())
	old.Reset()
	fmt.Println("after reset:", old.Sum64(), "size", old.Size())
}
