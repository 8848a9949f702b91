// Reads back the trace a timeline page (server/timeline/html.ts) embeds.
import type { TraceDocument } from '../../runtime/src/trace/json.js';
import { TRACE_ELEMENT_ID } from '../../server/timeline/page/trace-element.js';

export const TRACE_ELEMENT_OPENING = `<script type="application/json" id="${TRACE_ELEMENT_ID}">`;

export function embeddedTrace(html: string): TraceDocument {
  const start = html.indexOf(TRACE_ELEMENT_OPENING);
  if (start < 0) throw new Error('the page embeds no trace');
  const text = html.slice(start + TRACE_ELEMENT_OPENING.length, html.indexOf('</script>', start));
  return JSON.parse(text) as TraceDocument;
}
