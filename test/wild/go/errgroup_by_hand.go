// Blog style: a hand-written errgroup (WaitGroup + sync.Once + cancel) for parallel tasks
package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

type Group struct {
	wg      sync.WaitGroup
	errOnce sync.Once
	err     error
	cancel  func()
}

func WithContext(ctx context.Context) (*Group, context.Context) {
	ctx, cancel := context.WithCancel(ctx)
	return &Group{cancel: cancel}, ctx
}

func (g *Group) Go(f func() error) {
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		if err := f(); err != nil {
			g.errOnce.Do(func() {
				g.err = err
				if g.cancel != nil {
					g.cancel()
				}
			})
		}
	}()
}

func (g *Group) Wait() error {
	g.wg.Wait()
	if g.cancel != nil {
		g.cancel()
	}
	return g.err
}

var errBadURL = errors.New("bad url")

func fetch(ctx context.Context, url string) error {
	if url == "http://bad.example/" {
		return fmt.Errorf("fetch %s: %w", url, errBadURL)
	}
	select {
	case <-time.After(200 * time.Millisecond):
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func main() {
	g, ctx := WithContext(context.Background())
	urls := []string{"http://a.example/", "http://bad.example/", "http://c.example/"}
	status := make([]string, len(urls))
	for i, url := range urls {
		g.Go(func() error {
			err := fetch(ctx, url)
			if err != nil {
				status[i] = "failed: " + err.Error()
			} else {
				status[i] = "ok"
			}
			return err
		})
	}
	err := g.Wait()
	fmt.Println("first error:", err)
	fmt.Println("is bad url:", errors.Is(err, errBadURL))
	for i, s := range status {
		fmt.Println(urls[i], "->", s)
	}

	var g2 Group
	results := make([]int, 5)
	for i := range results {
		g2.Go(func() error {
			results[i] = i * i
			return nil
		})
	}
	fmt.Println("second group:", g2.Wait(), results)
}
