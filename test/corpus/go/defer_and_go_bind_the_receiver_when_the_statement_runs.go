// `defer x.M()` and `go x.M()` take the receiver when the statement runs: reassigning x afterwards changes nothing.
package main

import (
	"fmt"
	"strings"
	"sync"
)

type Box struct {
	mu    sync.Mutex
	label string
}

type Tag struct{ text string }

func (t Tag) Print(wg *sync.WaitGroup) {
	fmt.Println("tag:", t.text)
	wg.Done()
}

func lockBoth(a, b *Box) {
	first, second := a, b
	if second.label < first.label {
		first, second = second, first
	}
	first.mu.Lock()
	defer first.mu.Unlock() // unlocks the box first points to now
	second.mu.Lock()
	defer second.mu.Unlock()
	spare := &Box{label: "spare"} // never locked: unlocking it would be fatal
	first, second = spare, spare
	fmt.Println("holding", a.label, "and", b.label)
}

func main() {
	x, y := &Box{label: "x"}, &Box{label: "y"}
	lockBoth(y, x)
	lockBoth(x, y)
	fmt.Println("both unlocked:", x.mu.TryLock(), y.mu.TryLock())

	var sb strings.Builder
	w := &sb
	defer fmt.Println("deferred print ran")
	func() {
		defer w.WriteString("written by defer")
		w = nil
	}()
	fmt.Println(sb.String())

	var wg sync.WaitGroup
	t := Tag{"first"}
	wg.Add(1)
	go t.Print(&wg) // the value receiver is copied now
	t.text = "changed"
	wg.Wait()
}
