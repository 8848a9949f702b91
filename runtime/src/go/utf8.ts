/**
 * Go's `unicode/utf8`. Strings are JavaScript strings here, read as the UTF-8 bytes Go would
 * hold (a byte that is not valid UTF-8 decodes as RuneError, one byte wide, as in Go).
 */
import { isValidRune, runeToString } from '../fmt/go-text.js';
import { runes, stringOfBytes } from './builtins-data.js';
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

type Bytes = Uint8Array | readonly number[];

/** The length of the sequence a leading byte starts (1 for ASCII and for a byte no sequence starts with). */
function sequenceWidth(b: number): number {
  return b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 1;
}

/** Whether b may follow leading byte `first` as its second byte (no overlong form, surrogate or rune past MaxRune). */
function acceptsSecond(first: number, b: number): boolean {
  const [lo, hi] =
    first === 0xe0
      ? [0xa0, 0xbf]
      : first === 0xed
        ? [0x80, 0x9f]
        : first === 0xf0
          ? [0x90, 0xbf]
          : first === 0xf4
            ? [0x80, 0x8f]
            : [0x80, 0xbf];
  return b >= lo && b <= hi;
}

const isContinuation = (b: number) => (b & 0xc0) === 0x80;

/** `utf8.DecodeRune` of p[at:end]: the rune and its width; (RuneError, 1) for a byte that starts no valid sequence there, (RuneError, 0) for none. */
function decodeAt(p: Bytes, at: number, end: number): [r: number, size: number] {
  if (end - at < 1) return [runeError, 0];
  const b0 = p[at]!;
  if (b0 < 0x80) return [b0, 1];
  const width = sequenceWidth(b0);
  if (width === 1 || end - at < width || !acceptsSecond(b0, p[at + 1]!)) return [runeError, 1];
  let r = ((b0 & (0xff >> (width + 1))) << 6) | (p[at + 1]! & 0x3f);
  for (let k = 2; k < width; k++) {
    const b = p[at + k]!;
    if (!isContinuation(b)) return [runeError, 1];
    r = (r << 6) | (b & 0x3f);
  }
  return [r, width];
}

/** `utf8.RuneStart`: whether b can begin a rune (it is no continuation byte). */
export function runeStart(b: number): boolean {
  return !isContinuation(b);
}

/** `utf8.FullRune`: whether p begins with a whole rune, valid or not (an invalid byte is a whole one). */
export function fullRune(p: Bytes): boolean {
  if (p.length === 0) return false;
  const b0 = p[0]!;
  const width = sequenceWidth(b0);
  if (p.length >= width) return true;
  if (p.length > 1 && !acceptsSecond(b0, p[1]!)) return true;
  return p.length > 2 && !isContinuation(p[2]!);
}

export function fullRuneInString(s: string): boolean {
  return fullRune(leadingBytes(s));
}

/** At least the first UTFMax bytes of s (all of them when fewer), without encoding the rest. */
function leadingBytes(s: string): Uint8Array {
  // A cut after a high surrogate would split its character.
  const cut = isHighSurrogate(s.charCodeAt(utfMax - 1)) ? utfMax + 1 : utfMax;
  return bytesOfString(s.slice(0, cut));
}

/** At least the last UTFMax bytes of s. */
function trailingBytes(s: string): Uint8Array {
  let from = Math.max(0, s.length - utfMax);
  if (from > 0 && isHighSurrogate(s.charCodeAt(from - 1)) && isLowSurrogate(s.charCodeAt(from))) from--;
  return bytesOfString(s.slice(from));
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** The first rune of s and its width in bytes; (RuneError, 0) for an empty string. */
export function decodeRuneInString(s: string): [r: number, size: number] {
  return decodeRune(leadingBytes(s));
}

export function decodeRune(p: Bytes): [r: number, size: number] {
  return decodeAt(p, 0, p.length);
}

/** The last rune of s and its width in bytes; (RuneError, 0) for an empty string. */
export function decodeLastRuneInString(s: string): [r: number, size: number] {
  return decodeLastRune(trailingBytes(s));
}

/** `utf8.DecodeLastRune`: the rune that ends p, or (RuneError, 1) when p's end is no whole valid rune. */
export function decodeLastRune(p: Bytes): [r: number, size: number] {
  const end = p.length;
  if (end === 0) return [runeError, 0];
  if (p[end - 1]! < 0x80) return [p[end - 1]!, 1];
  const limit = Math.max(0, end - utfMax);
  let start = end - 1;
  while (start > limit && !runeStart(p[start]!)) start--;
  const [r, size] = decodeAt(p, start, end);
  return start + size === end ? [r, size] : [runeError, 1];
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
