import { Code, type Part, type SourcePoint } from './code.js';
import type { Segment } from './sourcemap.js';

export interface Rendered {
  text: string;
  segments: Segment[];
}

const INDENT = '  ';

/** Lays out a Code: TypeScript keeps type-only parts, JavaScript drops them. */
export function render(code: Code, withTypes: boolean): Rendered {
  return new Renderer(withTypes).run(code);
}

class Renderer {
  private text = '';
  private line = 0;
  private column = 0;
  private depth = 0;
  private pendingMark: SourcePoint | null = null;
  private readonly segments: Segment[] = [];

  constructor(private readonly withTypes: boolean) {}

  run(code: Code): Rendered {
    this.walk(code.parts);
    return { text: this.text.replace(/[ ]+\n/g, '\n'), segments: this.segments };
  }

  private walk(parts: readonly (Part | Code)[]): void {
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i]!;
      if (typeof part === 'string') this.write(part);
      else if (part instanceof Code) this.walk(part.parts);
      else if ('typeOnly' in part) {
        if (this.withTypes) this.write(part.typeOnly);
      } else if ('jsOnly' in part) {
        if (!this.withTypes) this.write(part.jsOnly);
      } else if ('mark' in part) this.pendingMark = part.mark;
      else if ('ifAsync' in part) throw new Error('chan2ts: render before settle()');
      else if (part.layout === 'indent') this.depth++;
      else if (part.layout === 'dedent') this.depth--;
      else {
        this.text += '\n' + INDENT.repeat(this.depth);
        this.line++;
        this.column = INDENT.length * this.depth;
      }
    }
  }

  private write(s: string): void {
    if (s === '') return;
    if (this.pendingMark !== null) {
      const segments = this.segments;
      const last = segments[segments.length - 1];
      if (!last || last.generatedLine !== this.line || last.generatedColumn !== this.column) {
        segments.push({
          generatedLine: this.line,
          generatedColumn: this.column,
          sourceLine: this.pendingMark.line,
          sourceColumn: this.pendingMark.column,
        });
      }
      this.pendingMark = null;
    }
    this.text += s;
    let nl = s.indexOf('\n');
    if (nl === -1) {
      this.column += s.length;
      return;
    }
    for (; nl !== -1; nl = s.indexOf('\n', nl + 1)) {
      this.line++;
      this.column = s.length - nl - 1;
    }
  }
}
