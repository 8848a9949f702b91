// context.WithValue stores any value under any comparable key: a pointer comes back as the
// same pointer (a type assertion to *T succeeds), and an empty struct type makes a private key.
package main

import (
	"context"
	"fmt"
)

type session struct {
	User  string
	Admin bool
}

type sessionKey struct{}

type traceKey struct{ name string }

func describe(ctx context.Context) string {
	s, ok := ctx.Value(sessionKey{}).(*session)
	if !ok {
		return "no session"
	}
	return fmt.Sprintf("%s admin=%v", s.User, s.Admin)
}

func main() {
	ctx := context.Background()
	fmt.Println(describe(ctx))

	s := &session{User: "ana"}
	ctx = context.WithValue(ctx, sessionKey{}, s)
	fmt.Println(describe(ctx))
	s.Admin = true // the context holds the pointer, so it sees the change
	fmt.Println(describe(ctx))

	ctx = context.WithValue(ctx, traceKey{"id"}, "t-42")
	fmt.Println("trace:", ctx.Value(traceKey{"id"}), ctx.Value(traceKey{"other"}))
	got, _ := ctx.Value(sessionKey{}).(*session)
	fmt.Println("same pointer:", got == s)
}
