// Reads back the trace a timeline page (server/timeline/html.ts) embeds; the program whose
// trace fills the event cap, for the page at its largest (a test, and the bench's first paint).
import type { TraceDocument } from '../../runtime/src/trace/json.js';
import { unpackTrace, type PackedTrace } from '../../server/timeline/page/packed-trace.js';
import { TRACE_ELEMENT_ID } from '../../server/timeline/page/trace-element.js';

export const TRACE_ELEMENT_OPENING = `<script type="application/json" id="${TRACE_ELEMENT_ID}">`;

export function embeddedTrace(html: string): TraceDocument {
  const start = html.indexOf(TRACE_ELEMENT_OPENING);
  if (start < 0) throw new Error('the page embeds no trace');
  const text = html.slice(start + TRACE_ELEMENT_OPENING.length, html.indexOf('</script>', start));
  return unpackTrace(JSON.parse(text) as PackedTrace);
}

/** Sends more values than the event cap holds: the trace keeps 100,000 events and says how many it dropped. */
export const MANY_MESSAGES_GO = `package main

import "fmt"

func main() {
	ch := make(chan int, 100)
	done := make(chan int)
	go func() {
		sum := 0
		for v := range ch {
			sum += v
		}
		done <- sum
	}()
	for i := 0; i < 60000; i++ {
		ch <- i
	}
	close(ch)
	fmt.Println(<-done)
}
`;
