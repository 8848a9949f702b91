// As the context package documents: a key is compared as an interface value, by its type
// and its value, so a package's own key type (`type favContextKey string`, an int-based
// key enum) never collides with a plain string or int key holding the same value.
package main

import (
	"context"
	"fmt"
)

type favContextKey string

type ctxKey int

const (
	requestIDKey ctxKey = iota
	userKey
)

func lookup(ctx context.Context, k favContextKey) {
	if v := ctx.Value(k); v != nil {
		fmt.Println("found value:", v)
		return
	}
	fmt.Println("key not found:", k)
}

func requestID(ctx context.Context) (string, bool) {
	id, ok := ctx.Value(requestIDKey).(string)
	return id, ok
}

func main() {
	k := favContextKey("language")
	ctx := context.WithValue(context.Background(), k, "Go")
	lookup(ctx, k)
	lookup(ctx, favContextKey("color"))
	fmt.Println("plain string key:", ctx.Value("language"))

	ctx = context.WithValue(ctx, requestIDKey, "req-42")
	ctx = context.WithValue(ctx, userKey, "ana")
	id, ok := requestID(ctx)
	fmt.Println("request id:", id, ok)
	fmt.Println("user:", ctx.Value(userKey), "int 0:", ctx.Value(0), "int 1:", ctx.Value(1))

	// A child with the same key shadows the parent only below it.
	child := context.WithValue(ctx, requestIDKey, "req-42.1")
	childID, _ := requestID(child)
	parentID, _ := requestID(ctx)
	fmt.Println("child:", childID, "parent:", parentID)

	// The keys themselves, seen as interface values.
	var a, b any = requestIDKey, 0
	fmt.Println("ctxKey(0) == 0 as interfaces:", a == b, "same key again:", a == any(ctxKey(0)))
	fmt.Printf("%v %T | %v %T\n", a, a, any(k), any(k))
}
