// How chan2ts reports diagnostics on the terminal: `FILE:LINE:COLUMN: severity: message`,
// sorted by position, at most MAX_ERRORS errors (as `go build` stops), and nothing from the
// input that a terminal would act on (control characters, bidirectional overrides) left raw.
import type { Diagnostic } from '../translate/diagnostics.js';
import { isLintCode } from '../lsp/settings.js';

export const MAX_ERRORS = 10;
/** Notes `run` prints before the program's output; `translate` shows them all. */
export const MAX_NOTES = 10;

const SHORT_ESCAPES: Record<string, string> = { '\t': '\\t', '\n': '\\n', '\r': '\\r' };

// C0 and C1 controls, DEL, and the format characters that reorder or hide text (Trojan Source).
const UNPRINTABLE = /[\x00-\x1f\x7f-\x9f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/gu;

/** `text` with every control character escaped (\x07, \u{202e}): safe to print on a terminal. */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (c) => {
    const short = SHORT_ESCAPES[c];
    if (short) return short;
    const code = c.codePointAt(0)!;
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`;
  });
}

function position(file: string, d: Diagnostic): string {
  return `${file}:${d.range.start.line + 1}:${d.range.start.column + 1}`;
}

function byPosition(a: Diagnostic, b: Diagnostic): number {
  return a.range.start.line - b.range.start.line || a.range.start.column - b.range.start.column;
}

/**
 * What `translate` prints: every diagnostic in source order, until the MAX_ERRORS-th error,
 * after which a `too many errors` line ends the list.
 */
export function diagnosticLines(file: string, diagnostics: readonly Diagnostic[], prefix = ''): string[] {
  const lines: string[] = [];
  let errors = 0;
  for (const d of [...diagnostics].sort(byPosition)) {
    if (d.severity === 'error' && errors === MAX_ERRORS) {
      lines.push(printable(`${prefix}${position(file, d)}: too many errors`));
      break;
    }
    if (d.severity === 'error') errors++;
    lines.push(printable(`${prefix}${position(file, d)}: ${d.severity}: ${d.message}`));
  }
  return lines;
}

/** What `run` refuses to run with: the errors alone, as `translate` lists them. */
export function errorLines(file: string, diagnostics: readonly Diagnostic[]): string[] {
  return diagnosticLines(
    file,
    diagnostics.filter((d) => d.severity === 'error'),
    'chan2ts: ',
  );
}

/**
 * The notes `run` prints: where the translation may not behave as the original (what it could
 * not translate, what it could not decide). Lints are advice about the source, not about the
 * translation, and stay with `translate`.
 */
export function noteLines(file: string, diagnostics: readonly Diagnostic[]): string[] {
  const notes = diagnostics.filter((d) => d.severity !== 'error' && !isLintCode(d.code)).sort(byPosition);
  const lines = notes
    .slice(0, MAX_NOTES)
    .map((d) => printable(`chan2ts: note: ${position(file, d)}: ${d.message.replace(/^chan2ts: /, '')}`));
  if (notes.length > MAX_NOTES) {
    lines.push(`chan2ts: note: ${notes.length - MAX_NOTES} more (chan2ts translate ${printable(file)} lists them all)`);
  }
  return lines;
}
