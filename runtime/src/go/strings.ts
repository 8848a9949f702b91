// Go's `strings` package. Indexes and lengths are in UTF-8 bytes, as Go computes them on
// its UTF-8 strings; an unpaired surrogate in a JS string counts as U+FFFD (three bytes),
// which is what Go would have stored.

import { isValidRune, runeCount, runeToString } from '../fmt/go-text.js';
import { len } from './builtins.js';
import { panic } from './panic.js';

export { Replacer, newReplacer } from './strings-replacer.js';
export { Reader, newReader } from './strings-reader.js';

const RUNE_ERROR = 0xfffd;
const ASCII = /^[\x00-\x7f]*$/;
const encoder = new TextEncoder();

/** The rune starting at UTF-16 index i (U+FFFD for an unpaired surrogate). */
function runeAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 0xd800 || c > 0xdfff) return c;
  if (c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
  }
  return RUNE_ERROR;
}

/** UTF-16 units taken by the rune starting at index i. */
function unitsAt(s: string, i: number): number {
  return runeAt(s, i) > 0xffff ? 2 : 1;
}

/** The rune ending just before UTF-16 index end. */
function runeBefore(s: string, end: number): number {
  const d = s.charCodeAt(end - 1);
  if (d >= 0xdc00 && d <= 0xdfff && end >= 2) {
    const r = runeAt(s, end - 2);
    if (r > 0xffff) return r;
  }
  return runeAt(s, end - 1);
}

/** A UTF-16 index as a UTF-8 byte offset (-1 stays -1). */
function byteOffset(s: string, i: number): number {
  return i <= 0 ? i : len(s.slice(0, i));
}

/** unicode.IsSpace: Unicode's White_Space property, all in the BMP. */
function isSpace(c: number): boolean {
  if (c <= 0xff) return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0x85 || c === 0xa0;
  return (
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

/** `strings.Compare`: -1, 0 or 1 in byte-wise (UTF-8) order, which is code point order. */
export function compare(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x === y) continue;
    // UTF-16 order puts surrogates (U+10000 and up) below U+E000..U+FFFF: move those
    // units down to D800..F7FF and the surrogates up to F800..FFFF.
    if (x >= 0xd800 && y >= 0xd800) {
      x = x < 0xe000 ? x + 0x2000 : x - 0x800;
      y = y < 0xe000 ? y + 0x2000 : y - 0x800;
    }
    return x < y ? -1 : 1;
  }
  return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
}

export function contains(s: string, substr: string): boolean {
  return s.includes(substr);
}

export function containsRune(s: string, r: number): boolean {
  return indexRune(s, r) >= 0;
}

export function containsAny(s: string, chars: string): boolean {
  return indexAny(s, chars) >= 0;
}

export function containsFunc(s: string, f: (r: number) => boolean): boolean {
  return indexFunc(s, f) >= 0;
}

export function hasPrefix(s: string, prefix: string): boolean {
  return s.startsWith(prefix);
}

export function hasSuffix(s: string, suffix: string): boolean {
  return s.endsWith(suffix);
}

/** `strings.Index`: byte index of the first substr in s, or -1. */
export function index(s: string, substr: string): number {
  return byteOffset(s, s.indexOf(substr));
}

/** `strings.LastIndex`: byte index of the last substr in s, or -1. */
export function lastIndex(s: string, substr: string): number {
  return byteOffset(s, s.lastIndexOf(substr));
}

/** `strings.IndexByte`: byte index of the first byte c (0..255) in s's UTF-8, or -1. */
export function indexByte(s: string, c: number): number {
  c &= 0xff;
  if (c < 0x80) return byteOffset(s, s.indexOf(String.fromCharCode(c)));
  return encoder.encode(s).indexOf(c);
}

/** `strings.LastIndexByte` */
export function lastIndexByte(s: string, c: number): number {
  c &= 0xff;
  if (c < 0x80) return byteOffset(s, s.lastIndexOf(String.fromCharCode(c)));
  return encoder.encode(s).lastIndexOf(c);
}

/** `strings.IndexRune`: U+FFFD also finds an unpaired surrogate; an invalid rune is never found. */
export function indexRune(s: string, r: number): number {
  if (r === RUNE_ERROR) return indexFunc(s, (x) => x === RUNE_ERROR);
  if (!isValidRune(r)) return -1;
  return index(s, String.fromCodePoint(r));
}

/** `strings.IndexAny`: byte index of the first rune of s that is in chars, or -1. */
export function indexAny(s: string, chars: string): number {
  if (chars === '') return -1;
  const set = runeSet(chars);
  return indexFunc(s, (r) => set.has(r));
}

/** `strings.LastIndexAny` */
export function lastIndexAny(s: string, chars: string): number {
  if (chars === '') return -1;
  const set = runeSet(chars);
  return lastIndexFunc(s, (r) => set.has(r));
}

/** `strings.IndexFunc`: byte index of the first rune satisfying f, or -1. */
export function indexFunc(s: string, f: (r: number) => boolean): number {
  let offset = 0;
  for (let i = 0; i < s.length;) {
    const r = runeAt(s, i);
    if (f(r)) return offset;
    offset += runeBytes(r);
    i += r > 0xffff ? 2 : 1;
  }
  return -1;
}

/** `strings.LastIndexFunc` */
export function lastIndexFunc(s: string, f: (r: number) => boolean): number {
  for (let end = s.length; end > 0;) {
    const r = runeBefore(s, end);
    end -= r > 0xffff ? 2 : 1;
    if (f(r)) return byteOffset(s, end);
  }
  return -1;
}

function runeBytes(r: number): number {
  return r < 0x80 ? 1 : r < 0x800 ? 2 : r < 0x10000 ? 3 : 4;
}

function runeSet(chars: string): Set<number> {
  const set = new Set<number>();
  for (let i = 0; i < chars.length; i += unitsAt(chars, i)) set.add(runeAt(chars, i));
  return set;
}

/** The runes of s as strings, the last one holding the rest when n > 0 (Go's explode). */
function explode(s: string, n: number): string[] {
  const parts: string[] = [];
  let i = 0;
  while (i < s.length) {
    if (n > 0 && parts.length === n - 1) {
      parts.push(s.slice(i));
      return parts;
    }
    const w = unitsAt(s, i);
    parts.push(s.slice(i, i + w));
    i += w;
  }
  return parts;
}

function genSplit(s: string, sep: string, keepSep: boolean, n: number): string[] {
  if (n === 0) return [];
  if (sep === '') return explode(s, n);
  if (n < 0) n = count(s, sep) + 1;
  const parts: string[] = [];
  while (parts.length < n - 1) {
    const m = s.indexOf(sep);
    if (m < 0) break;
    parts.push(s.slice(0, keepSep ? m + sep.length : m));
    s = s.slice(m + sep.length);
  }
  parts.push(s);
  return parts;
}

/** `strings.Split`: an empty sep splits after each rune. */
export function split(s: string, sep: string): string[] {
  return genSplit(s, sep, false, -1);
}

/** `strings.SplitN`: n > 0 at most n parts (the last is the rest); n == 0 none; n < 0 all. */
export function splitN(s: string, sep: string, n: number): string[] {
  return genSplit(s, sep, false, n);
}

export function splitAfter(s: string, sep: string): string[] {
  return genSplit(s, sep, true, -1);
}

export function splitAfterN(s: string, sep: string, n: number): string[] {
  return genSplit(s, sep, true, n);
}

/** `strings.Fields`: the runs of non-space runes (unicode.IsSpace). */
export function fields(s: string): string[] {
  return fieldsFunc(s, isSpace);
}

/** `strings.FieldsFunc`: the runs of runes not satisfying f. */
export function fieldsFunc(s: string, f: (r: number) => boolean): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i < s.length;) {
    const r = runeAt(s, i);
    if (f(r)) {
      if (start >= 0) out.push(s.slice(start, i));
      start = -1;
    } else if (start < 0) {
      start = i;
    }
    i += r > 0xffff ? 2 : 1;
  }
  if (start >= 0) out.push(s.slice(start));
  return out;
}

export function join(elems: readonly string[] | null, sep: string): string {
  return (elems ?? []).join(sep);
}

/** `strings.Repeat`: panics on a negative count. */
export function repeat(s: string, count: number): string {
  if (count < 0) panic('strings: negative Repeat count');
  return s.repeat(count);
}

/**
 * `strings.Replace`: the first n non-overlapping old replaced by new (all when n < 0). An
 * empty old matches at the start and after each rune.
 */
export function replace(s: string, old: string, replacement: string, n: number): string {
  if (old === replacement || n === 0) return s;
  const m = count(s, old);
  if (m === 0) return s;
  if (n < 0 || m < n) n = m;
  let out = '';
  let start = 0;
  for (let i = 0; i < n; i++) {
    let j = start;
    if (old === '') {
      if (i > 0) j += unitsAt(s, start);
    } else {
      j = s.indexOf(old, start);
    }
    out += s.slice(start, j) + replacement;
    start = j + old.length;
  }
  return out + s.slice(start);
}

export function replaceAll(s: string, old: string, replacement: string): string {
  return replace(s, old, replacement, -1);
}

// Go maps case rune by rune (unicode.ToUpper/ToLower: simple case mappings). JavaScript's
// full mappings agree except where they give several characters (ß -> SS) or depend on
// context (final sigma); there Go keeps the rune, or uses the simple mapping listed here.
const UPPER_SIMPLE: ReadonlyMap<number, number> = new Map([
  ...range(0x1f80, 0x1f87, 8),
  ...range(0x1f90, 0x1f97, 8),
  ...range(0x1fa0, 0x1fa7, 8),
  [0x1fb3, 0x1fbc],
  [0x1fc3, 0x1fcc],
  [0x1ff3, 0x1ffc],
]);
const LOWER_SIMPLE: ReadonlyMap<number, number> = new Map([[0x130, 0x69]]);

function range(from: number, to: number, delta: number): [number, number][] {
  const pairs: [number, number][] = [];
  for (let r = from; r <= to; r++) pairs.push([r, r + delta]);
  return pairs;
}

// Case pairs added after Unicode 15.0 (Go 1.23's tables): JavaScript may know them, Go not.
const NEWER_CASE_PAIRS: readonly [from: number, to: number][] = [
  [0x19b, 0x19b],
  [0x264, 0x264],
  [0x1c89, 0x1c8a],
  [0xa7cb, 0xa7cf],
  [0xa7d2, 0xa7d5],
  [0xa7da, 0xa7dc],
  [0x10d50, 0x10d85],
  [0x16ea0, 0x16ed3],
];

function isNewerCasePair(r: number): boolean {
  return NEWER_CASE_PAIRS.some(([from, to]) => r >= from && r <= to);
}

function mapCase(r: number, upper: boolean): number {
  if (r < 0x80) {
    if (upper) return r >= 0x61 && r <= 0x7a ? r - 0x20 : r;
    return r >= 0x41 && r <= 0x5a ? r + 0x20 : r;
  }
  if (!isValidRune(r) || isNewerCasePair(r)) return r;
  const ch = String.fromCodePoint(r);
  const mapped = upper ? ch.toUpperCase() : ch.toLowerCase();
  const first = mapped.codePointAt(0)!;
  if (mapped.length === (first > 0xffff ? 2 : 1)) return first;
  return (upper ? UPPER_SIMPLE : LOWER_SIMPLE).get(r) ?? r;
}

/** unicode.ToUpper */
export function toUpperRune(r: number): number {
  return mapCase(r, true);
}

/** unicode.ToLower */
export function toLowerRune(r: number): number {
  return mapCase(r, false);
}

/** `strings.Map`: each rune replaced by mapping(r), dropped when that is negative. */
export function map(mapping: (r: number) => number, s: string): string {
  let out = '';
  for (let i = 0; i < s.length;) {
    const r = runeAt(s, i);
    const m = mapping(r);
    if (m >= 0) out += runeToString(m);
    i += r > 0xffff ? 2 : 1;
  }
  return out;
}

function mapRunesKeepingSurrogates(s: string, upper: boolean): string {
  let out = '';
  for (let i = 0; i < s.length;) {
    const r = runeAt(s, i);
    const w = r > 0xffff ? 2 : 1;
    out += r === RUNE_ERROR ? s.slice(i, i + w) : String.fromCodePoint(mapCase(r, upper));
    i += w;
  }
  return out;
}

export function toUpper(s: string): string {
  return ASCII.test(s) ? s.toUpperCase() : mapRunesKeepingSurrogates(s, true);
}

/** `strings.Title` (deprecated in Go, common in tutorials): the first letter of each word in upper case. */
export function title(s: string): string {
  let afterSeparator = true;
  let out = '';
  for (const ch of s) {
    out += afterSeparator ? toUpper(ch) : ch;
    afterSeparator = isWordSeparator(ch);
  }
  return out;
}

/** Go's rule in Title: ASCII other than letters, digits and `_`, and non-ASCII spaces. */
function isWordSeparator(ch: string): boolean {
  if (ch.charCodeAt(0) <= 0x7f) return !/[A-Za-z0-9_]/.test(ch);
  return !/[\p{L}\p{Nd}]/u.test(ch) && /\s/u.test(ch);
}

export function toTitle(s: string): string {
  return toUpper(s);
}

export function toLower(s: string): string {
  return ASCII.test(s) ? s.toLowerCase() : mapRunesKeepingSurrogates(s, false);
}

/** `strings.TrimSpace`: leading and trailing white space (unicode.IsSpace) removed. */
export function trimSpace(s: string): string {
  return trimFunc(s, isSpace);
}

export function trimFunc(s: string, f: (r: number) => boolean): string {
  return trimRightFunc(trimLeftFunc(s, f), f);
}

export function trimLeftFunc(s: string, f: (r: number) => boolean): string {
  let i = 0;
  while (i < s.length) {
    const r = runeAt(s, i);
    if (!f(r)) break;
    i += r > 0xffff ? 2 : 1;
  }
  return s.slice(i);
}

export function trimRightFunc(s: string, f: (r: number) => boolean): string {
  let end = s.length;
  while (end > 0) {
    const r = runeBefore(s, end);
    if (!f(r)) break;
    end -= r > 0xffff ? 2 : 1;
  }
  return s.slice(0, end);
}

/** `strings.Trim`: leading and trailing runes that are in cutset removed. */
export function trim(s: string, cutset: string): string {
  if (s === '' || cutset === '') return s;
  const set = runeSet(cutset);
  return trimFunc(s, (r) => set.has(r));
}

export function trimLeft(s: string, cutset: string): string {
  if (s === '' || cutset === '') return s;
  const set = runeSet(cutset);
  return trimLeftFunc(s, (r) => set.has(r));
}

export function trimRight(s: string, cutset: string): string {
  if (s === '' || cutset === '') return s;
  const set = runeSet(cutset);
  return trimRightFunc(s, (r) => set.has(r));
}

export function trimPrefix(s: string, prefix: string): string {
  return s.startsWith(prefix) ? s.slice(prefix.length) : s;
}

export function trimSuffix(s: string, suffix: string): string {
  return suffix !== '' && s.endsWith(suffix) ? s.slice(0, s.length - suffix.length) : s;
}

/** `strings.Count`: non-overlapping instances of substr; an empty substr gives runes + 1. */
export function count(s: string, substr: string): number {
  if (substr === '') return runeCount(s) + 1;
  let n = 0;
  for (let i = s.indexOf(substr); i >= 0; i = s.indexOf(substr, i + substr.length)) n++;
  return n;
}

// unicode.SimpleFold's orbits are the classes of upper-then-lower, but for the Turkish dotted
// and dotless i, which fold only to themselves.
const FOLD_SELF: ReadonlySet<number> = new Set([0x130, 0x131]);

function foldRune(r: number): number {
  if (r < 0x80) return r >= 0x41 && r <= 0x5a ? r + 0x20 : r;
  if (FOLD_SELF.has(r)) return r;
  return toLowerRune(toUpperRune(r));
}

/** `strings.EqualFold`: equal under simple Unicode case folding. */
export function equalFold(s: string, t: string): boolean {
  let i = 0;
  let j = 0;
  while (i < s.length && j < t.length) {
    const a = runeAt(s, i);
    const b = runeAt(t, j);
    if (a !== b && foldRune(a) !== foldRune(b)) return false;
    i += a > 0xffff ? 2 : 1;
    j += b > 0xffff ? 2 : 1;
  }
  return i === s.length && j === t.length;
}

/** `strings.Cut`: [before, after, found] around the first sep. */
export function cut(s: string, sep: string): [before: string, after: string, found: boolean] {
  const i = s.indexOf(sep);
  return i >= 0 ? [s.slice(0, i), s.slice(i + sep.length), true] : [s, '', false];
}

/** `strings.CutPrefix`: [after, found] */
export function cutPrefix(s: string, prefix: string): [after: string, found: boolean] {
  return s.startsWith(prefix) ? [s.slice(prefix.length), true] : [s, false];
}

/** `strings.CutSuffix`: [before, found] */
export function cutSuffix(s: string, suffix: string): [before: string, found: boolean] {
  return s.endsWith(suffix) ? [s.slice(0, s.length - suffix.length), true] : [s, false];
}

const byteDecoder = new TextDecoder('utf-8', { ignoreBOM: true });

/**
 * `strings.Builder`. Methods return what Go's return ([n, err] tuples, err always null). Bytes
 * written one at a time by writeByte are kept until they complete a UTF-8 character.
 */
export class Builder {
  private text = '';
  /** Bytes of an unfinished UTF-8 sequence written by writeByte. */
  private pending: number[] = [];
  private size = 0;

  writeString(s: string): [n: number, err: null] {
    this.flush();
    const n = len(s);
    this.text += s;
    this.size += n;
    return [n, null];
  }

  writeByte(c: number): null {
    c &= 0xff;
    this.size++;
    // Anything but a continuation byte ends the unfinished sequence.
    if (this.pending.length > 0 && (c & 0xc0) !== 0x80) this.flush();
    if (this.pending.length === 0 && c < 0x80) {
      this.text += String.fromCharCode(c);
      return null;
    }
    this.pending.push(c);
    const lead = this.pending[0]!;
    const need = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
    if (this.pending.length >= need) this.flush();
    return null;
  }

  writeRune(r: number): [n: number, err: null] {
    return this.writeString(runeToString(r));
  }

  /** `Write(p []byte)` */
  write(p: Uint8Array | readonly number[]): [n: number, err: null] {
    for (const c of p) this.writeByte(c);
    return [p.length, null];
  }

  /** The text so far. */
  string(): string {
    return this.pending.length === 0 ? this.text : this.text + byteDecoder.decode(Uint8Array.from(this.pending));
  }

  /** For fmt: a *strings.Builder prints as its String(). */
  String(): string {
    return this.string();
  }

  /** Length in UTF-8 bytes. */
  len(): number {
    return this.size;
  }

  cap(): number {
    return this.size;
  }

  /** `Grow(n)`: nothing to do, JS strings grow by themselves. */
  grow(n: number): void {
    if (n < 0) panic('strings.Builder.Grow: negative count');
  }

  reset(): void {
    this.text = '';
    this.pending = [];
    this.size = 0;
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    this.text += byteDecoder.decode(Uint8Array.from(this.pending));
    this.pending = [];
  }
}
