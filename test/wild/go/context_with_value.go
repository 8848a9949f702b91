// context package docs style: WithValue with an unexported key type, request-scoped values across goroutines
package main

import (
	"context"
	"fmt"
	"sort"
	"sync"
)

type ctxKey int

const (
	requestIDKey ctxKey = iota
	userKey
)

func WithRequestID(ctx context.Context, id string) context.Context {
	return context.WithValue(ctx, requestIDKey, id)
}

func RequestID(ctx context.Context) string {
	id, ok := ctx.Value(requestIDKey).(string)
	if !ok {
		return "<none>"
	}
	return id
}

type user struct {
	Name  string
	Admin bool
}

func handle(ctx context.Context, step string) string {
	u, _ := ctx.Value(userKey).(*user)
	who := "anonymous"
	if u != nil {
		who = u.Name
		if u.Admin {
			who += "(admin)"
		}
	}
	return fmt.Sprintf("[%s] %s by %s", RequestID(ctx), step, who)
}

func main() {
	root := context.Background()
	fmt.Println(handle(root, "ping"))

	ctx := WithRequestID(root, "req-7")
	ctx = context.WithValue(ctx, userKey, &user{Name: "ana"})
	fmt.Println(handle(ctx, "load"))

	// shadowing a key in a child does not change the parent
	child := WithRequestID(ctx, "req-7.1")
	fmt.Println(handle(child, "sub-step"))
	fmt.Println(handle(ctx, "after child"))

	// a plain string key with the same underlying value does not collide
	fmt.Println("string key finds:", ctx.Value("0"), ctx.Value(0))

	var wg sync.WaitGroup
	var mu sync.Mutex
	var lines []string
	for i, name := range []string{"bo", "cy", "di"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c := WithRequestID(root, fmt.Sprintf("req-%d", 10+i))
			c = context.WithValue(c, userKey, &user{Name: name, Admin: i == 1})
			mu.Lock()
			lines = append(lines, handle(c, "work"))
			mu.Unlock()
		}()
	}
	wg.Wait()
	sort.Strings(lines)
	for _, l := range lines {
		fmt.Println(l)
	}

	cctx, cancel := context.WithCancel(ctx)
	cancel()
	fmt.Println("values survive cancel:", RequestID(cctx), cctx.Err())
}
