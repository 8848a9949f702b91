/**
 * Go's `unicode/utf8`. Strings are JavaScript strings here, read as the UTF-8 bytes Go would
 * hold (a byte that is not valid UTF-8 decodes as RuneError, one byte wide, as in Go).
 */
import { isValidRune, runeToString } from '../fmt/go-text.js';
import { bytesOf, runes, stringOfBytes } from './builtins-data.js';
import { bytesOfString } from './string-bytes.js';

export const runeError = 0xfffd;
export const runeSelf = 0x80;
export const maxRune = 0x10ffff;
export const utfMax = 4;

export function runeCountInString(s: string): number {
  let n = 0;
  for (const _ of runes(s)) n++;
  return n;
}

export function runeCount(p: Uint8Array | readonly number[]): number {
  return runeCountInString(stringOfBytes(p));
}

/** Bytes needed to encode r; -1 when r is no valid rune. */
export function runeLen(r: number): number {
  if (!isValidRune(r)) return -1;
  return r < 0x80 ? 1 : r < 0x800 ? 2 : r < 0x10000 ? 3 : 4;
}

export const validRune = isValidRune;

/** Whether p is entirely valid UTF-8 (no surrogates, no overlong forms). */
export function valid(p: Uint8Array | readonly number[]): boolean {
  for (let i = 0; i < p.length;) {
    const width = validSequenceAt(p, i);
    if (width === 0) return false;
    i += width;
  }
  return true;
}

export function validString(s: string): boolean {
  return valid(bytesOfString(s));
}

/** The width of the valid UTF-8 sequence at p[i], or 0. */
function validSequenceAt(p: Uint8Array | readonly number[], i: number): number {
  const b = p[i]!;
  if (b < 0x80) return 1;
  const width = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
  if (width === 0 || i + width > p.length) return 0;
  let r = b & (0xff >> (width + 1));
  for (let k = 1; k < width; k++) {
    const c = p[i + k]!;
    if ((c & 0xc0) !== 0x80) return 0;
    r = (r << 6) | (c & 0x3f);
  }
  return runeLen(r) === width ? width : 0;
}

/** The first rune of s and its width in bytes; (RuneError, 0) for an empty string. */
export function decodeRuneInString(s: string): [r: number, size: number] {
  const it = runes(s);
  const first = it.next();
  if (first.done) return [runeError, 0];
  const second = it.next();
  return [first.value[1], second.done ? bytesOf(s).length : second.value[0]];
}

export function decodeRune(p: Uint8Array | readonly number[]): [r: number, size: number] {
  return decodeRuneInString(stringOfBytes(p));
}

/** The last rune of s and its width in bytes; (RuneError, 0) for an empty string. */
export function decodeLastRuneInString(s: string): [r: number, size: number] {
  let last: [number, number] | null = null;
  for (const entry of runes(s)) last = entry;
  if (last === null) return [runeError, 0];
  return [last[1], bytesOf(s).length - last[0]];
}

export function decodeLastRune(p: Uint8Array | readonly number[]): [r: number, size: number] {
  return decodeLastRuneInString(stringOfBytes(p));
}

/** Writes r's UTF-8 bytes at the start of p; how many. */
export function encodeRune(p: Uint8Array | number[], r: number): number {
  const bytes = bytesOfString(runeToString(r));
  bytes.forEach((b, i) => (p[i] = b));
  return bytes.length;
}

export function appendRune(p: Uint8Array | readonly number[] | null, r: number): number[] {
  return [...(p ?? []), ...bytesOfString(runeToString(r))];
}
