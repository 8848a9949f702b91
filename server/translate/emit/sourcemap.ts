const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function vlq(value: number): string {
  let v = value < 0 ? (-value << 1) | 1 : value << 1;
  let out = '';
  do {
    let digit = v & 31;
    v >>>= 5;
    if (v > 0) digit |= 32;
    out += BASE64[digit];
  } while (v > 0);
  return out;
}

export interface Segment {
  generatedLine: number;
  generatedColumn: number;
  sourceLine: number;
  sourceColumn: number;
}

export interface SourceMapV3 {
  version: 3;
  file: string;
  sources: string[];
  sourcesContent: string[];
  names: string[];
  mappings: string;
}

/** Encodes segments (sorted by generated position) as a version 3 source map. */
export function encodeSourceMap(
  segments: readonly Segment[],
  file: string,
  source: string,
  content: string,
): SourceMapV3 {
  const lines: string[] = [];
  let prevSourceLine = 0;
  let prevSourceColumn = 0;
  for (const s of segments) {
    while (lines.length <= s.generatedLine) lines.push('');
  }
  const byLine = new Map<number, Segment[]>();
  for (const s of segments) {
    const list = byLine.get(s.generatedLine) ?? [];
    list.push(s);
    byLine.set(s.generatedLine, list);
  }
  for (let line = 0; line < lines.length; line++) {
    let prevColumn = 0;
    const parts: string[] = [];
    for (const s of byLine.get(line) ?? []) {
      parts.push(
        vlq(s.generatedColumn - prevColumn) +
          vlq(0) +
          vlq(s.sourceLine - prevSourceLine) +
          vlq(s.sourceColumn - prevSourceColumn),
      );
      prevColumn = s.generatedColumn;
      prevSourceLine = s.sourceLine;
      prevSourceColumn = s.sourceColumn;
    }
    lines[line] = parts.join(',');
  }
  return { version: 3, file, sources: [source], sourcesContent: [content], names: [], mappings: lines.join(';') };
}
