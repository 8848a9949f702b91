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

/** Encodes segments (sorted by generated position) as a version 3 source map, in one pass. */
export function encodeSourceMap(
  segments: readonly Segment[],
  file: string,
  source: string,
  content: string,
): SourceMapV3 {
  let mappings = '';
  let line = 0;
  let prevColumn = 0;
  let prevSourceLine = 0;
  let prevSourceColumn = 0;
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i]!;
    if (s.generatedLine > line) {
      // A ';' ends each generated line; columns count afresh on the next.
      mappings += ';'.repeat(s.generatedLine - line);
      line = s.generatedLine;
      prevColumn = 0;
    } else if (i > 0) mappings += ',';
    mappings +=
      vlq(s.generatedColumn - prevColumn) +
      'A' + // source index 0
      vlq(s.sourceLine - prevSourceLine) +
      vlq(s.sourceColumn - prevSourceColumn);
    prevColumn = s.generatedColumn;
    prevSourceLine = s.sourceLine;
    prevSourceColumn = s.sourceColumn;
  }
  return { version: 3, file, sources: [source], sourcesContent: [content], names: [], mappings };
}
