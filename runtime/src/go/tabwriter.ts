// Go's `text/tabwriter`: text whose cells end in tabs is held until Flush (or a line of one
// cell), then written with the cells of each column block padded to the block's widest cell.
// Escapes and HTML filtering are not provided: their flags are accepted and do nothing.
import { asUint8Array, type Bytes, type Result } from './io.js';
import { stringFromBytes } from './string-bytes.js';
import { len } from './builtins.js';
import { runeCountInString } from './utf8.js';
import { writeTo, type Writer as Output } from './writer.js';

export const FilterHTML = 1;
export const StripEscape = 2;
export const AlignRight = 4;
export const DiscardEmptyColumns = 8;
export const TabIndent = 16;
export const Debug = 32;

interface Cell {
  text: string;
  /** In runes, as Go counts the width of UTF-8 text. */
  width: number;
  /** Ended by a tab (not a line end): a column whose cells are all empty keeps it. */
  htab: boolean;
}

export class Writer {
  private lines: Cell[][] = [[]];
  private cell = '';
  /** The widths of the enclosing column blocks while formatting. */
  private widths: number[] = [];

  constructor(
    private readonly output: Output,
    private readonly minwidth: number,
    private readonly tabwidth: number,
    private readonly padding: number,
    private readonly padchar: string,
    private readonly flags: number,
  ) {}

  write(p: Bytes): Result {
    this.writeString(stringFromBytes(asUint8Array(p)));
    return [p.length, null];
  }

  writeString(s: string): Result {
    for (const ch of s) {
      if (ch !== '\t' && ch !== '\v' && ch !== '\n' && ch !== '\f') {
        this.cell += ch;
        continue;
      }
      const cells = this.terminateCell(ch === '\t');
      if (ch !== '\n' && ch !== '\f') continue;
      this.lines.push([]);
      // A line of one cell does not change the layout, so what is held is written now.
      if (ch === '\f' || cells === 1) this.flush();
    }
    return [len(s), null];
  }

  flush(): null {
    if (this.cell !== '') this.terminateCell(false);
    this.format(0, this.lines.length);
    this.lines = [[]];
    this.cell = '';
    return null;
  }

  private terminateCell(htab: boolean): number {
    const line = this.lines[this.lines.length - 1]!;
    line.push({ text: this.cell, width: runeCountInString(this.cell), htab });
    this.cell = '';
    return line.length;
  }

  /** Lines line0..line1, column `widths.length` on: each block of lines with a cell there gets one width. */
  private format(line0: number, line1: number): void {
    const column = this.widths.length;
    for (let at = line0; at < line1; at++) {
      if (column >= this.lines[at]!.length - 1) continue;
      this.writeLines(line0, at);
      line0 = at;
      let width = this.minwidth;
      let discardable = true;
      for (; at < line1 && column < this.lines[at]!.length - 1; at++) {
        const c = this.lines[at]![column]!;
        width = Math.max(width, c.width + this.padding);
        if (c.width > 0 || c.htab) discardable = false;
      }
      if (discardable && this.flags & DiscardEmptyColumns) width = 0;
      this.widths.push(width);
      this.format(line0, at);
      this.widths.pop();
      line0 = at;
    }
    this.writeLines(line0, line1);
  }

  private writeLines(line0: number, line1: number): void {
    let out = '';
    for (let i = line0; i < line1; i++) {
      let useTabs = (this.flags & TabIndent) !== 0;
      this.lines[i]!.forEach((c, j) => {
        if (j > 0 && this.flags & Debug) out += '|';
        const width = this.widths[j];
        if (c.text === '') {
          if (width !== undefined) out += this.padTo(c.width, width, useTabs);
          return;
        }
        useTabs = false;
        const pad = width === undefined ? '' : this.padTo(c.width, width, false);
        out += this.flags & AlignRight ? pad + c.text : c.text + pad;
      });
      // The last line is the one being written: it has no newline yet.
      if (i + 1 < this.lines.length) out += '\n';
    }
    if (out !== '') writeTo(this.output, out);
  }

  private padTo(textWidth: number, cellWidth: number, useTabs: boolean): string {
    if (this.padchar !== '\t' && !useTabs) return this.padchar.repeat(cellWidth - textWidth);
    if (this.tabwidth === 0) return '';
    const rounded = Math.ceil(cellWidth / this.tabwidth) * this.tabwidth;
    return '\t'.repeat(Math.ceil((rounded - textWidth) / this.tabwidth));
  }
}

/** `tabwriter.NewWriter(output, minwidth, tabwidth, padding, padchar, flags)`; tab padding aligns left. */
export function newWriter(
  output: Output,
  minwidth: number,
  tabwidth: number,
  padding: number,
  padchar: number,
  flags: number,
): Writer {
  const pad = String.fromCodePoint(padchar);
  return new Writer(output, minwidth, tabwidth, padding, pad, pad === '\t' ? flags & ~AlignRight : flags);
}
