// The trace as the page embeds it: each event an array of its values, the field names once per
// shape (a kind with its set of fields), and each source place once. A trace at the event cap
// is about a fifth of its JSON export this way, and the page parses it that much sooner.
import type { TraceEvent } from '../../../runtime/src/core/trace.js';
import type { TraceDocument } from '../../../runtime/src/trace/json.js';

export interface PackedTrace {
  header: Omit<TraceDocument, 'events'>;
  /** Each shape: the event kind, then its fields in the order the events' values follow. */
  shapes: string[][];
  /** The `at` of the events, each place once. */
  places: string[];
  /** Each event: its shape's index, then its values (an `at` as its index in `places`). `seq` is the position. */
  events: unknown[][];
}

export function packTrace(document: TraceDocument): PackedTrace {
  const { events, ...header } = document;
  const shapes: string[][] = [];
  const shapeIndex = new Map<string, number>();
  const places: string[] = [];
  const placeIndex = new Map<string, number>();
  const packed = events.map((event) => {
    const fields = Object.keys(event).filter((field) => field !== 'seq' && field !== 'kind');
    const key = `${event.kind} ${fields.join(' ')}`;
    let shape = shapeIndex.get(key);
    if (shape === undefined) {
      shapeIndex.set(key, (shape = shapes.length));
      shapes.push([event.kind, ...fields]);
    }
    const values = fields.map((field) => {
      const value = (event as unknown as Record<string, unknown>)[field];
      if (field !== 'at') return value;
      let place = placeIndex.get(value as string);
      if (place === undefined) {
        placeIndex.set(value as string, (place = places.length));
        places.push(value as string);
      }
      return place;
    });
    return [shape, ...values];
  });
  return { header, shapes, places, events: packed };
}

export function unpackTrace(packed: PackedTrace): TraceDocument {
  const { header, shapes, places, events: rows } = packed;
  const events = new Array<TraceEvent>(rows.length);
  for (let seq = 0; seq < rows.length; seq++) {
    const values = rows[seq]!;
    const shape = shapes[values[0] as number]!;
    const event: Record<string, unknown> = { seq, kind: shape[0] };
    for (let i = 1; i < shape.length; i++) {
      const field = shape[i]!;
      event[field] = field === 'at' ? places[values[i] as number] : values[i];
    }
    events[seq] = event as unknown as TraceEvent;
  }
  return { ...header, events };
}
