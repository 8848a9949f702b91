// str methods whose meaning JavaScript's strings lack: byte offsets (Rust indexes a str by its
// UTF-8 bytes, JavaScript by UTF-16 units), ASCII-only case folding, splits from the right.
import type { Option } from './result.js';

const lowerAscii = (s: string): string => s.replace(/[A-Z]/g, (c) => c.toLowerCase());

/** `a.eq_ignore_ascii_case(b)`: only A-Z fold. */
export function eqIgnoreAsciiCase(a: string, b: string): boolean {
  return lowerAscii(a) === lowerAscii(b);
}

/** How many UTF-8 bytes a string's first `units` UTF-16 units take. */
function byteLength(s: string, units = s.length): number {
  let bytes = 0;
  for (let i = 0; i < units; i++) {
    const code = s.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** The UTF-16 index of a byte offset, or null when the offset falls inside a character or past the end. */
function unitIndex(s: string, byte: number): number | null {
  let bytes = 0;
  let i = 0;
  while (bytes < byte && i < s.length) {
    const code = s.codePointAt(i)!;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    i += code > 0xffff ? 2 : 1;
  }
  return bytes === byte ? i : null;
}

/** `s.is_char_boundary(i)`. */
export function isCharBoundary(s: string, byte: number): boolean {
  return unitIndex(s, byte) !== null;
}

/** `s.get(a..b)`: None where an end is not on a character's boundary or past the end. */
export function strGet(s: string, start: number, end?: number): Option<string> {
  const from = unitIndex(s, start);
  const to = end === undefined ? s.length : unitIndex(s, end);
  return from === null || to === null || from > to ? undefined : s.slice(from, to);
}

/** `s.find(p)` / `s.rfind(p)` with a str or char pattern: the byte offset. */
export function strFindText(s: string, pattern: string, fromRight = false): Option<number> {
  const at = fromRight ? s.lastIndexOf(pattern) : s.indexOf(pattern);
  return at < 0 ? undefined : byteLength(s, at);
}

/** `s.char_indices()`: each char with its byte offset. */
export function charIndices(s: string): [number, string][] {
  const out: [number, string][] = [];
  let byte = 0;
  for (const c of s) {
    out.push([byte, c]);
    byte += byteLength(c);
  }
  return out;
}

/** `s.rsplit_once(sep)`. */
export function rsplitOnce(s: string, separator: string): Option<[string, string]> {
  const at = s.lastIndexOf(separator);
  return at < 0 ? undefined : [s.slice(0, at), s.slice(at + separator.length)];
}

/** `s.split_terminator(sep)`: a split without the empty piece after a final separator. */
export function splitTerminator(s: string, separator: string): string[] {
  const parts = s.split(separator);
  if (parts.length > 0 && parts[parts.length - 1] === '') parts.pop();
  return parts;
}
