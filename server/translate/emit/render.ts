import type { Code, SourcePoint } from './code.js';
import type { Segment } from './sourcemap.js';

export interface Rendered {
  text: string;
  segments: Segment[];
}

const INDENT = '  ';

/** Lays out a Code: TypeScript keeps type-only parts, JavaScript drops them. */
export function render(code: Code, withTypes: boolean): Rendered {
  let text = '';
  let line = 0;
  let column = 0;
  let depth = 0;
  let pendingMark: SourcePoint | null = null;
  const segments: Segment[] = [];
  const write = (s: string) => {
    if (s === '') return;
    if (pendingMark !== null) {
      const last = segments[segments.length - 1];
      if (!last || last.generatedLine !== line || last.generatedColumn !== column) {
        segments.push({
          generatedLine: line,
          generatedColumn: column,
          sourceLine: pendingMark.line,
          sourceColumn: pendingMark.column,
        });
      }
      pendingMark = null;
    }
    text += s;
    const nl = s.lastIndexOf('\n');
    if (nl === -1) column += s.length;
    else {
      line += s.split('\n').length - 1;
      column = s.length - nl - 1;
    }
  };
  code.forEachPart((part) => {
    if (typeof part === 'string') write(part);
    else if ('typeOnly' in part) {
      if (withTypes) write(part.typeOnly);
    } else if ('jsOnly' in part) {
      if (!withTypes) write(part.jsOnly);
    } else if ('mark' in part) pendingMark = part.mark;
    else if ('ifAsync' in part) throw new Error('chan2ts: render before settle()');
    else if (part.layout === 'indent') depth++;
    else if (part.layout === 'dedent') depth--;
    else {
      text += '\n' + INDENT.repeat(depth);
      line++;
      column = INDENT.length * depth;
    }
  });
  return { text: text.replace(/[ ]+\n/g, '\n'), segments };
}
