// Rob Pike "Lexical Scanning in Go" style: state functions returning the next state, items on a channel
package main

import (
	"fmt"
	"strings"
	"unicode"
)

type itemType int

const (
	itemError itemType = iota
	itemIdent
	itemNumber
	itemOp
	itemEOF
)

func (t itemType) String() string { return [...]string{"ERR", "IDENT", "NUM", "OP", "EOF"}[t] }

type item struct {
	typ itemType
	val string
}

func (i item) String() string {
	if i.typ == itemEOF {
		return "EOF"
	}
	return fmt.Sprintf("%v(%q)", i.typ, i.val)
}

type lexer struct {
	input string
	start int
	pos   int
	items chan item
}

type stateFn func(*lexer) stateFn

func lex(input string) *lexer {
	l := &lexer{input: input, items: make(chan item)}
	go l.run()
	return l
}

func (l *lexer) run() {
	for state := lexAny; state != nil; {
		state = state(l)
	}
	close(l.items)
}

func (l *lexer) emit(t itemType) {
	l.items <- item{t, l.input[l.start:l.pos]}
	l.start = l.pos
}

func (l *lexer) peek() rune {
	if l.pos >= len(l.input) {
		return 0
	}
	return rune(l.input[l.pos])
}

func (l *lexer) acceptRun(ok func(rune) bool) {
	for l.pos < len(l.input) && ok(l.peek()) {
		l.pos++
	}
}

func lexAny(l *lexer) stateFn {
	l.acceptRun(unicode.IsSpace)
	l.start = l.pos
	r := l.peek()
	switch {
	case r == 0:
		l.emit(itemEOF)
		return nil
	case unicode.IsLetter(r):
		return lexIdent
	case unicode.IsDigit(r):
		return lexNumber
	case strings.ContainsRune("+-*/=()", r):
		l.pos++
		l.emit(itemOp)
		return lexAny
	}
	l.items <- item{itemError, fmt.Sprintf("bad char %q at %d", r, l.pos)}
	return nil
}

func lexIdent(l *lexer) stateFn {
	l.acceptRun(func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' })
	l.emit(itemIdent)
	return lexAny
}

func lexNumber(l *lexer) stateFn {
	l.acceptRun(unicode.IsDigit)
	if l.peek() == '.' {
		l.pos++
		l.acceptRun(unicode.IsDigit)
	}
	l.emit(itemNumber)
	return lexAny
}

func main() {
	for _, src := range []string{"x1 = (y + 42) * 3.14", "a_b-7", "rate = 5 % 2"} {
		fmt.Printf("%q:\n ", src)
		for it := range lex(src).items {
			fmt.Print(" ", it)
		}
		fmt.Println()
	}
}
