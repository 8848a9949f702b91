// Go by Example / log docs style: log to stdout with no timestamp, log.Fatalf exits with status 1
package main

import (
	"fmt"
	"log"
	"os"
	"strconv"
	"strings"
)

type Settings struct {
	Workers int
	Queue   int
	Mode    string
}

func parse(kv string) (Settings, error) {
	s := Settings{Workers: 1, Queue: 10, Mode: "fast"}
	for _, part := range strings.Split(kv, ";") {
		k, v, ok := strings.Cut(part, "=")
		if !ok {
			return s, fmt.Errorf("malformed entry %q", part)
		}
		switch k {
		case "workers", "queue":
			n, err := strconv.Atoi(v)
			if err != nil {
				return s, fmt.Errorf("%s: %w", k, err)
			}
			if k == "workers" {
				s.Workers = n
			} else {
				s.Queue = n
			}
		case "mode":
			s.Mode = v
		default:
			return s, fmt.Errorf("unknown key %q", k)
		}
	}
	return s, nil
}

func main() {
	log.SetOutput(os.Stdout)
	log.SetFlags(0)
	log.SetPrefix("config: ")

	for _, in := range []string{"workers=4;queue=64", "mode=safe;workers=2", "workers=two"} {
		s, err := parse(in)
		if err != nil {
			log.Fatalf("cannot load %q: %v", in, err)
		}
		log.Printf("loaded %+v", s)
	}
	log.Println("all configs loaded")
}
