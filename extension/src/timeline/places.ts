// A traced run records source places in the program's terms ("main.mjs:LINE:COLUMN"); the
// timeline shows them in the source's ("prog.go:12:3"), through the program's source map.
import { SourceMap as SourceMapReader, type SourceMapPayload } from 'node:module';
import type { TraceEvent } from '../../../runtime/src/core/trace.js';
import type { SourceMap } from '../../../server/lsp/protocol.js';

const PROGRAM_PLACE = /^main\.mjs:(\d+):(\d+)$/;

export function placesInSource(events: readonly TraceEvent[], map: SourceMap, sourceName: string): TraceEvent[] {
  const reader = new SourceMapReader(map as unknown as SourceMapPayload);
  const inSource = (at: string): string | undefined => {
    const place = PROGRAM_PLACE.exec(at);
    if (place === null) return at;
    const entry = reader.findEntry(Number(place[1]) - 1, Number(place[2]) - 1) as Partial<{
      originalLine: number;
      originalColumn: number;
    }>;
    if (entry.originalLine === undefined) return undefined;
    return `${sourceName}:${entry.originalLine + 1}:${(entry.originalColumn ?? 0) + 1}`;
  };
  return events.map((event) => {
    if (!('at' in event) || event.at === undefined) return event;
    const { at, ...rest } = event;
    const mapped = inSource(at);
    return (mapped === undefined ? rest : { ...rest, at: mapped }) as TraceEvent;
  });
}

/** The 0-based line and column of a place ("prog.go:12:3"). */
export function lineAndColumn(at: string): { line: number; column: number } | undefined {
  const place = /:(\d+):(\d+)$/.exec(at);
  return place === null ? undefined : { line: Number(place[1]) - 1, column: Number(place[2]) - 1 };
}
