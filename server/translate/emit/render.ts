import { Code, type Part, type SourcePoint } from './code.js';
import type { Segment } from './sourcemap.js';

export interface Rendered {
  text: string;
  segments: Segment[];
}

const INDENT = '  ';

/**
 * Lays out a Code as TypeScript, which keeps type-only parts, and as JavaScript, which drops
 * them and keeps JavaScript-only parts: one walk over the tree writes both.
 */
export function render(code: Code): { typescript: Rendered; javascript: Rendered } {
  const typescript = new Output();
  const javascript = new Output();
  new Renderer(typescript, javascript).walk(code.parts);
  return { typescript: typescript.rendered(), javascript: javascript.rendered() };
}

class Renderer {
  private depth = 0;

  constructor(
    private readonly typescript: Output,
    private readonly javascript: Output,
  ) {}

  walk(parts: readonly (Part | Code)[]): void {
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i]!;
      if (typeof part === 'string') {
        this.typescript.write(part);
        this.javascript.write(part);
      } else if (part instanceof Code) this.walk(part.parts);
      else if ('typeOnly' in part) this.typescript.write(part.typeOnly);
      else if ('jsOnly' in part) this.javascript.write(part.jsOnly);
      else if ('mark' in part) {
        this.typescript.pendingMark = part.mark;
        this.javascript.pendingMark = part.mark;
      } else if ('ifAsync' in part) throw new Error('chan2ts: render before settle()');
      else if (part.layout === 'indent') this.depth++;
      else if (part.layout === 'dedent') this.depth--;
      else {
        this.typescript.newline(this.depth);
        this.javascript.newline(this.depth);
      }
    }
  }
}

/** One output's text so far, where it has got to, and its source-map segments. */
class Output {
  private text = '';
  private line = 0;
  private column = 0;
  pendingMark: SourcePoint | null = null;
  private readonly segments: Segment[] = [];

  rendered(): Rendered {
    return { text: this.text.replace(/[ ]+\n/g, '\n'), segments: this.segments };
  }

  newline(depth: number): void {
    this.text += '\n' + INDENT.repeat(depth);
    this.line++;
    this.column = INDENT.length * depth;
  }

  write(s: string): void {
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
