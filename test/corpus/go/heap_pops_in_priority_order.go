// container/heap over named slice types whose Push and Pop have pointer receivers: Init, Push and Pop on a min-heap of ints; a max-heap of structs that keep their own index, for Fix after a change and Remove from the middle.
package main

import (
	"container/heap"
	"fmt"
)

// busWaits is a min-heap of minutes until each bus comes.
type busWaits []int

func (w busWaits) Len() int           { return len(w) }
func (w busWaits) Less(a, b int) bool { return w[a] < w[b] }
func (w busWaits) Swap(a, b int)      { w[a], w[b] = w[b], w[a] }

func (w *busWaits) Push(v any) { *w = append(*w, v.(int)) }

func (w *busWaits) Pop() any {
	all := *w
	last := all[len(all)-1]
	*w = all[:len(all)-1]
	return last
}

type patient struct {
	name     string
	severity int
	slot     int // where the patient is in the triage slice, for heap.Fix and heap.Remove
}

// triage sees the most severe case first, and on a tie the name that sorts first.
type triage []*patient

func (t triage) Len() int { return len(t) }

func (t triage) Less(a, b int) bool {
	if t[a].severity != t[b].severity {
		return t[a].severity > t[b].severity
	}
	return t[a].name < t[b].name
}

func (t triage) Swap(a, b int) {
	t[a], t[b] = t[b], t[a]
	t[a].slot, t[b].slot = a, b
}

func (t *triage) Push(v any) {
	p := v.(*patient)
	p.slot = t.Len()
	*t = append(*t, p)
}

func (t *triage) Pop() any {
	all := *t
	p := all[len(all)-1]
	p.slot = -1
	*t = all[:len(all)-1]
	return p
}

func main() {
	waits := &busWaits{40, 15, 25}
	heap.Init(waits)
	heap.Push(waits, 5)
	heap.Push(waits, 30)
	fmt.Printf("next bus in %d min (%d buses)\n", (*waits)[0], waits.Len())
	var order []int
	for waits.Len() > 0 {
		order = append(order, heap.Pop(waits).(int))
	}
	fmt.Println(order)

	var room triage
	noor := &patient{name: "Noor", severity: 2}
	maya := &patient{name: "Maya", severity: 3}
	theo := &patient{name: "Theo", severity: 1}
	for _, p := range []*patient{noor, {name: "Ivan", severity: 5}, maya, theo, {name: "Ada", severity: 2}} {
		heap.Push(&room, p)
	}
	theo.severity = 6
	heap.Fix(&room, theo.slot)
	gone := heap.Remove(&room, maya.slot).(*patient)
	fmt.Printf("%s went home (slot %d)\n", gone.name, gone.slot)
	for room.Len() > 0 {
		p := heap.Pop(&room).(*patient)
		fmt.Printf("%s:%d ", p.name, p.severity)
	}
	fmt.Println()
}
