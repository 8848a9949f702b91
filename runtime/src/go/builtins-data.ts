// Go's builtins over data (slices, maps, strings), and the conversions and checks Go does
// implicitly: bounds-checked indexing and slicing, integer division, UTF-8 bytes of strings.
// Slices are arrays ([]byte may be a Uint8Array), maps are Maps, nil is null.

import { isValidRune, runeToString as goRuneToString, runesOf as goRunesOf } from '../fmt/go-text.js';
import { compare } from './strings.js';
import { RuntimeError } from './panic.js';
import { growableBytes } from './slice-growth.js';
import { byteSlice, type ByteSlice } from './io.js';
import { checkSlice, fullSliceOf, sliceOf } from './slice-view.js';
import { bytesOfString, isEscapedByte, stringFromBytes } from './string-bytes.js';

type Slice<T> = readonly T[] | null | undefined;
type MutableSlice<T> = T[] | null | undefined;

/**
 * Go's `append(s, items...)`: a new array. Go reuses s's backing array when its capacity
 * allows; `s = append(s, x)` is `s.push(x)`, which does (slice-view.ts).
 */
export function append(s: Uint8Array, ...bytes: number[]): Uint8Array;
export function append<T>(s: Slice<T>, ...items: T[]): T[];
export function append<T>(s: Slice<T> | Uint8Array, ...items: T[]): T[] | Uint8Array {
  if (s instanceof Uint8Array) return concatBytes(s, items as unknown as number[]);
  const out = s ? s.slice() : [];
  for (const item of items) out.push(item);
  return out;
}

/**
 * `b = append(b, items...)` for a []byte, which may be a Uint8Array, which has no push: an
 * array is pushed onto (slice-view.ts), a Uint8Array's bytes move to an array that can grow.
 */
export function appendBytes(b: Uint8Array | number[] | null, ...items: number[]): number[] {
  const out = growableBytes(b);
  out.push(...items);
  return out;
}

/** `append(s, t...)`, also `append(b, str...)` for a []byte; a new array, as `append`. */
export function appendSlice(s: Uint8Array, t: Uint8Array | readonly number[] | string | null): Uint8Array;
export function appendSlice<T>(s: Slice<T>, t: Slice<T>): T[];
export function appendSlice<T>(s: Slice<T> | Uint8Array, t: Slice<T> | Uint8Array | string): T[] | Uint8Array {
  if (s instanceof Uint8Array)
    return concatBytes(s, typeof t === 'string' ? bytesOfString(t) : ((t as ArrayLike<number>) ?? []));
  const out = s ? s.slice() : [];
  for (const item of (t as readonly T[] | null) ?? []) out.push(item);
  return out;
}

function concatBytes(s: Uint8Array, extra: ArrayLike<number>): Uint8Array {
  const out = new Uint8Array(s.length + extra.length);
  out.set(s);
  out.set(extra, s.length);
  return out;
}

/**
 * Go's `copy(dst, src)`: copies min(len(dst), len(src)) elements and returns that count.
 * `copy(dst[at:end], src)` writes into dst itself, from `at` up to `end`.
 */
export function copy(
  dst: Uint8Array | number[] | null,
  src: Uint8Array | readonly number[] | string | null,
  at?: number,
  end?: number,
): number;
export function copy<T>(dst: MutableSlice<T>, src: Slice<T>, at?: number, end?: number): number;
export function copy<T>(
  dst: MutableSlice<T> | Uint8Array,
  src: Slice<T> | Uint8Array | string,
  at = 0,
  end = dst?.length ?? 0,
): number {
  if (dst === null || dst === undefined || src === null || src === undefined) return 0;
  if (end > dst.length) throw new RuntimeError(`slice bounds out of range [:${end}] with capacity ${dst.length}`);
  if (!(0 <= at && at <= end)) throw new RuntimeError(`slice bounds out of range [${at}:${end}]`);
  const from = typeof src === 'string' ? bytesOfString(src) : src;
  const n = Math.min(end - at, from.length);
  if (dst instanceof Uint8Array && from instanceof Uint8Array) {
    dst.set(from.subarray(0, n), at);
  } else if (dst !== from || at !== 0) {
    const items = Array.from({ length: n }, (_, i) => (from as ArrayLike<unknown>)[i]);
    for (let i = 0; i < n; i++) (dst as unknown[])[at + i] = items[i];
  }
  return n;
}

/** Go's `delete(m, k)`; deleting from a nil map does nothing. */
export function deleteKey<K>(m: Map<K, unknown> | null | undefined, key: K): void {
  m?.delete(key);
}

/** Go's `clear(x)`: a map loses every entry; every element of a slice becomes `zero`. */
export function clear<T>(x: Map<unknown, unknown> | MutableSlice<T> | Uint8Array, zero?: T): void {
  if (x === null || x === undefined) return;
  if (x instanceof Map) x.clear();
  else if (x instanceof Uint8Array) x.fill(0);
  else x.fill(zero as T);
}

/** Go 1.21's `min`: numbers (a NaN wins; -0 is below +0), bigints or strings (byte-wise order). */
export function min(...xs: number[]): number;
export function min(...xs: bigint[]): bigint;
export function min(...xs: string[]): string;
export function min(...xs: (number | bigint | string)[]): number | bigint | string {
  if (typeof xs[0] === 'number') return Math.min(...(xs as number[]));
  if (typeof xs[0] === 'bigint') return (xs as bigint[]).reduce((a, b) => (b < a ? b : a));
  return (xs as string[]).reduce((a, b) => (compare(b, a) < 0 ? b : a));
}

/** Go 1.21's `max`: numbers (a NaN wins; +0 is above -0), bigints or strings (byte-wise order). */
export function max(...xs: number[]): number;
export function max(...xs: bigint[]): bigint;
export function max(...xs: string[]): string;
export function max(...xs: (number | bigint | string)[]): number | bigint | string {
  if (typeof xs[0] === 'number') return Math.max(...(xs as number[]));
  if (typeof xs[0] === 'bigint') return (xs as bigint[]).reduce((a, b) => (b > a ? b : a));
  return (xs as string[]).reduce((a, b) => (compare(b, a) > 0 ? b : a));
}

function indexError(i: number, length: number): RuntimeError {
  return new RuntimeError(i < 0 ? `index out of range [${i}]` : `index out of range [${i}] with length ${length}`);
}

/** `s[i]` with Go's bounds check; on a string it is the i-th UTF-8 byte (see `byteAt`). */
export function index(s: string, i: number): number;
export function index(s: Uint8Array, i: number): number;
export function index<T>(s: Slice<T>, i: number): T;
export function index<T>(s: Slice<T> | Uint8Array | string, i: number): T | number {
  if (typeof s === 'string') return byteAt(s, i);
  const length = s?.length ?? 0;
  if (!(i >= 0 && i < length)) throw indexError(i, length);
  return s![i]!;
}

/** `s[i] = v` with Go's bounds check; gives back v. */
export function setIndex<T>(s: MutableSlice<T> | Uint8Array, i: number, v: T): T {
  const length = s?.length ?? 0;
  if (!(i >= 0 && i < length)) throw indexError(i, length);
  (s as T[])[i] = v;
  return v;
}

/** `m[k]`: the zero value when the key is absent (or the map is nil). */
export function mapGet<K, V>(m: ReadonlyMap<K, V> | null | undefined, key: K, zero: V): V {
  if (!m) return zero;
  const v = m.get(key);
  return v === undefined && !m.has(key) ? zero : (v as V);
}

/** `v, ok := m[k]` */
export function mapGetOk<K, V>(m: ReadonlyMap<K, V> | null | undefined, key: K, zero: V): [V, boolean] {
  if (!m || !m.has(key)) return [zero, false];
  return [m.get(key) as V, true];
}

/** `m[k] = v`, which panics on a nil map as Go does. */
export function mapSet<K, V>(m: Map<K, V> | null | undefined, key: K, value: V): void {
  if (!m) throw RuntimeError.plain('assignment to entry in nil map');
  m.set(key, value);
}

/** Go's integer `a / b`: truncates toward zero; panics on b == 0. */
export function intDiv(a: number, b: number): number {
  if (b === 0) throw new RuntimeError('integer divide by zero');
  let q = Math.trunc(a / b);
  // a / b is rounded; near 2^53 that can cross an integer, so check with the remainder.
  if (!Number.isSafeInteger(a) || !Number.isSafeInteger(b)) return q + 0;
  const r = a - q * b;
  if (r !== 0 && r < 0 !== a < 0) q -= Math.sign(a) * Math.sign(b);
  else if (Math.abs(r) >= Math.abs(b)) q += Math.sign(a) * Math.sign(b);
  return q + 0; // no -0 among Go ints
}

/** Go's integer `a % b`: the sign of a; panics on b == 0. */
export function intMod(a: number, b: number): number {
  if (b === 0) throw new RuntimeError('integer divide by zero');
  return (a % b) + 0;
}

// The UTF-8 bytes of the last string indexed or sliced: loops over one string stay linear.
let cachedString = '';
let cachedBytes = new Uint8Array(0);

function utf8Of(s: string): Uint8Array {
  if (s !== cachedString) {
    cachedBytes = bytesOfString(s);
    cachedString = s;
  }
  return cachedBytes;
}

/** `s[i]` on a string: its i-th UTF-8 byte, bounds-checked as Go does. */
export function byteAt(s: string, i: number): number {
  const bytes = utf8Of(s);
  if (!(i >= 0 && i < bytes.length)) throw indexError(i, bytes.length);
  return bytes[i]!;
}

/**
 * `for i, r := range s`: [byte index, rune] pairs. A byte that is not valid UTF-8
 * (string-bytes.ts) is U+FFFD, one byte wide, as in Go; another unpaired surrogate is U+FFFD,
 * three bytes wide as Go would store it.
 */
export function* runes(s: string): Generator<[index: number, rune: number], void, undefined> {
  let offset = 0;
  for (let i = 0; i < s.length; i++) {
    let r = s.charCodeAt(i);
    if (r >= 0xd800 && r <= 0xdfff) {
      const next = s.charCodeAt(i + 1);
      if (r <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        r = ((r - 0xd800) << 10) + (next - 0xdc00) + 0x10000;
        i++;
      } else {
        const width = isEscapedByte(s, i) ? 1 : 3;
        yield [offset, 0xfffd];
        offset += width;
        continue;
      }
    }
    yield [offset, r];
    offset += r < 0x80 ? 1 : r < 0x800 ? 2 : r < 0x10000 ? 3 : 4;
  }
}

/** Go's `[]rune(s)` */
export function runesOf(s: string): number[] {
  const runes = goRunesOf(s);
  // fmt's runes keep an invalid byte as its complement (for %q); Go's []rune has U+FFFD there.
  for (let i = 0; i < runes.length; i++) if (runes[i]! < 0) runes[i] = 0xfffd;
  return runes;
}

/** Go's `string(r)` for a rune: U+FFFD when r is not a valid code point. */
export function runeToString(r: number): string {
  return goRuneToString(r);
}

/** Go's `string(runes)` for a []rune: each invalid rune becomes U+FFFD. */
export function stringFromRunes(rs: readonly number[] | null): string {
  let s = '';
  for (const r of rs ?? []) s += String.fromCodePoint(isValidRune(r) ? r : 0xfffd);
  return s;
}

/** Go's `[]byte(s)`: the string's bytes, in a new array (a Uint8Array that also fits where translations write []byte as number[]). */
export function bytesOf(s: string): ByteSlice {
  return byteSlice(bytesOfString(s));
}

/** Go's `string(b)` for a []byte: bytes that are not valid UTF-8 stay bytes (string-bytes.ts). */
export function stringOfBytes(b: Uint8Array | readonly number[] | null): string {
  if (b === null) return '';
  return stringFromBytes(b instanceof Uint8Array ? b : Uint8Array.from(b));
}

/** Go's `s[lo:hi:max]` of a slice or array (slice-view.ts); of a []byte, a view of its bytes. */
export function fullSlice<T>(s: Slice<T>, lo: number, hi: number, max: number): T[] {
  if (s instanceof Uint8Array) {
    checkSlice(lo, hi, Math.min(max, s.length), 'capacity');
    return s.subarray(lo, hi) as unknown as T[];
  }
  return fullSliceOf(s ?? [], lo, hi, max);
}

/**
 * Go's `s[lo:hi]` with its bounds checks. A string is cut at UTF-8 byte offsets (a cut inside
 * a character leaves U+FFFD, see `stringOfBytes`); a []byte gives a view sharing memory, as
 * in Go; a slice or array gives a view of the same backing array (slice-view.ts), up to its
 * capacity.
 */
export function slice(s: string, lo?: number, hi?: number): string;
export function slice(s: Uint8Array | null, lo?: number, hi?: number): ByteSlice;
export function slice<T>(s: Slice<T>, lo?: number, hi?: number): T[];
export function slice<T>(s: Slice<T> | Uint8Array | string, lo = 0, hi?: number): T[] | Uint8Array | string {
  if (typeof s === 'string') {
    const ascii = /^[\x00-\x7f]*$/.test(s);
    const length = ascii ? s.length : utf8Of(s).length;
    const end = hi ?? length;
    checkSlice(lo, end, length, 'length');
    if (ascii) return s.slice(lo, end);
    return stringFromBytes(utf8Of(s).subarray(lo, end));
  }
  if (s instanceof Uint8Array) {
    const end = hi ?? s.length;
    checkSlice(lo, end, s.length, 'capacity');
    return byteSlice(s.subarray(lo, end));
  }
  if (!s) {
    checkSlice(lo, hi ?? 0, 0, 'capacity');
    return [];
  }
  return sliceOf(s, lo, hi);
}
