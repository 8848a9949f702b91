// str methods whose meaning JavaScript's strings lack: byte offsets (Rust indexes a str by its
// UTF-8 bytes, JavaScript by UTF-16 units), ASCII-only case folding, splits from the right.
import { char, debugString } from '../fmt/rust.js';
import { panic } from './panic.js';
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

/** The UTF-16 index of a byte offset that must be a character's boundary (`insert`, `truncate`, `remove`). */
function boundary(s: string, byte: number, location: string): number {
  const at = unitIndex(s, byte);
  if (at === null) panic('assertion failed: self.is_char_boundary(idx)', location);
  return at;
}

/** `s.insert(i, c)` / `s.insert_str(i, t)`: the new string. */
export function strInsert(s: string, byte: number, text: string, location = ''): string {
  const at = boundary(s, byte, location);
  return s.slice(0, at) + text + s.slice(at);
}

/** `s.truncate(n)`: the new string (no change when n is past the end). */
export function strTruncate(s: string, bytes: number, location = ''): string {
  return bytes >= byteLength(s) ? s : s.slice(0, boundary(s, bytes, location));
}

/** `s.remove(i)`: the char removed, and the string without it. */
export function strRemove(s: string, byte: number, location = ''): [string, string] {
  const at = boundary(s, byte, location);
  const c = String.fromCodePoint(s.codePointAt(at) ?? panic('cannot remove a char from the end of a string', location));
  return [c, s.slice(0, at) + s.slice(at + c.length)];
}

/** `s.matches(p)`: each non-overlapping match of a str or char pattern. */
export function strMatches(s: string, pattern: string): string[] {
  return s
    .split(pattern)
    .slice(1)
    .map(() => pattern);
}

/** `s.replacen(p, to, n)`: the first n matches replaced. */
export function replacen(s: string, pattern: string, to: string, n: number): string {
  const parts = s.split(pattern);
  if (parts.length <= n + 1) return parts.join(to);
  return parts.slice(0, n + 1).join(to) + pattern + parts.slice(n + 1).join(pattern);
}

/** `c.to_digit(radix)`. */
export function charToDigit(c: string, radix: number): Option<number> {
  const value = /^[0-9a-zA-Z]$/.test(c) ? parseInt(c, 36) : NaN;
  return value < radix ? value : undefined;
}

/** `char::from_digit(d, radix)`. */
export function charFromDigit(digit: number, radix: number): Option<string> {
  return digit < radix ? digit.toString(radix) : undefined;
}

/** `char::from_u32(n)`: None for surrogates and values past U+10FFFF. */
export function charFromU32(code: number): Option<string> {
  const valid = code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
  return valid ? String.fromCodePoint(code) : undefined;
}

/** `&s[a..b]`: by byte offsets, panicking as Rust does outside the string or inside a char. */
export function strSlice(s: string, start: number, end: number | undefined, location = ''): string {
  const from = unitIndex(s, start);
  const to = end === undefined ? s.length : unitIndex(s, end);
  if (from !== null && to !== null && from <= to) return s.slice(from, to);
  panic(sliceError(s, start, end ?? byteLength(s)), location);
}

/** Rust's message for a bad str slice (the string shown up to 256 bytes). */
function sliceError(s: string, start: number, end: number): string {
  const length = byteLength(s);
  let shown = s;
  while (byteLength(shown) > 256) shown = [...shown].slice(0, -1).join('');
  const quoted = `\`${shown}\`${shown === s ? '' : '[...]'}`;
  if (start > length) return `start byte index ${start} is out of bounds of ${quoted}`;
  if (end > length) return `end byte index ${end} is out of bounds of ${quoted}`;
  if (start > end) return `begin > end (${start} > ${end}) when slicing ${quoted}`;
  const [which, index] = isCharBoundary(s, start) ? ['end', end] : ['start', start];
  const [at, c] = charIndices(s)
    .filter(([i]) => i < index)
    .pop()!;
  const inside = `inside ${debugString(char(c))} (bytes ${at}..${at + byteLength(c)})`;
  return `${which} byte index ${index} is not a char boundary; it is ${inside} of ${quoted}`;
}
