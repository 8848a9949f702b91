// The JSON export of a trace: the recorder's events as they are, in a versioned document
// (docs/trace-format.md).
import { TRACE_FORMAT_VERSION, type TraceEvent, type TraceRecorder } from '../core/trace.js';

export interface TraceDocument {
  format: 'chan2ts-trace';
  version: number;
  language: 'go' | 'rust';
  /** The most events the recorder kept. */
  cap: number;
  /** Events left out once the cap was reached. */
  dropped: number;
  events: TraceEvent[];
}

export function traceDocument(
  recorder: Pick<TraceRecorder, 'events' | 'dropped' | 'cap'>,
  language: 'go' | 'rust',
): TraceDocument {
  const { events, dropped, cap } = recorder;
  return { format: 'chan2ts-trace', version: TRACE_FORMAT_VERSION, language, cap, dropped, events };
}

/** The document as JSON, one event a line: small, and readable in a diff. */
export function traceJson(document: TraceDocument): string {
  const { events, ...header } = document;
  const head = JSON.stringify(header).slice(0, -1);
  if (events.length === 0) return `${head},"events":[]}\n`;
  return `${head},"events":[\n${events.map((event) => JSON.stringify(event)).join(',\n')}\n]}\n`;
}
