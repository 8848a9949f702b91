// The parts of Rust's standard library that translated code needs and JavaScript lacks or
// spells differently: ranges, byte lengths, parsing with Rust's errors, cloning and dropping
// values that may hold channel handles, sorted maps, Option combinators.
import { exitProgram } from '../core/program.js';
import { TaskCancelled } from './cancel.js';
import { panic } from './panic.js';
import {
  debugString,
  debugStruct,
  debugTuple,
  displayString,
  RUST_DEBUG,
  type RustDebuggable,
  type RustDebugValue,
} from '../fmt/rust.js';
import { Err, Ok, type Option, type Result } from './result.js';
import { cmp } from './std-cmp.js';
import { HashMap } from './std-hash.js';
import { wideRange } from './std-wide.js';

export * from './std-async-iter.js';
export { boxError, BoxedError, errorSource } from './std-error.js';

/** `a..b` (or `a..=b` with `inclusive`) as an array, for loops and iterator chains. */
export function range(start: number, end: number, inclusive?: boolean): number[];
export function range(start: bigint, end: bigint, inclusive?: boolean): bigint[];
export function range(start: number | bigint, end: number | bigint, inclusive = false): (number | bigint)[] {
  const out: (number | bigint)[] = [];
  for (let i = start; inclusive ? i <= end : i < end; i++) out.push(i);
  return out;
}

/** `a..` as an iterator without end: what reads it (`take_while`, `take`, `zip`, `for`) stops it. */
export function* rangeFrom(start: number): Generator<number, never> {
  for (let i = start; ; i++) yield i;
}

const encoder = new TextEncoder();

/** `v[i]`: the element, or Rust's panic when `i` is past the end. */
export function index<T>(items: readonly T[], i: number, location: string): T {
  if (i >= 0 && i < items.length) return items[i]!;
  return panic(`index out of bounds: the len is ${items.length} but the index is ${i}`, location);
}

/** `v[i] = x`: the index, or Rust's panic when `i` is past the end. */
export function checkIndex(items: readonly unknown[], i: number, location: string): number {
  if (i >= 0 && i < items.length) return i;
  return panic(`index out of bounds: the len is ${items.length} but the index is ${i}`, location);
}

/** `str::len`: the length in UTF-8 bytes, as Rust counts it. */
export function strLen(s: string): number {
  let ascii = true;
  for (let i = 0; i < s.length && ascii; i++) ascii = s.charCodeAt(i) < 0x80;
  return ascii ? s.length : encoder.encode(s).length;
}

/** `s.find(|c| ..)`: the byte offset of the first char that matches. */
export function strFind(s: string, matches: (c: string) => boolean): Option<number> {
  let offset = 0;
  for (const c of s) {
    if (matches(c)) return offset;
    offset += strLen(c);
  }
  return undefined;
}

/** `s.split(|c| ..)`: the pieces between the chars that match. */
export function strSplit(s: string, matches: (c: string) => boolean): string[] {
  const pieces = [''];
  for (const c of s) {
    if (matches(c)) pieces.push('');
    else pieces[pieces.length - 1] += c;
  }
  return pieces;
}

/** `s.trim_matches(|c| ..)`: without the matching chars at either end. */
/**
 * `s.trim_matches(p)`, `trim_start_matches(p)`, `trim_end_matches(p)` (`ends` says which): p a
 * &str or a char, taken off as many times as it repeats, or a closure over chars.
 */
export function trimMatches(
  s: string,
  pattern: string | ((c: string) => boolean),
  ends: 'both' | 'start' | 'end' = 'both',
): string {
  if (typeof pattern === 'string') {
    if (pattern === '') return s;
    let [start, end] = [0, s.length];
    if (ends !== 'end') while (s.startsWith(pattern, start)) start += pattern.length;
    if (ends !== 'start') while (end - pattern.length >= start && s.endsWith(pattern, end)) end -= pattern.length;
    return s.slice(start, end);
  }
  const chars = [...s];
  let [start, end] = [0, chars.length];
  if (ends !== 'end') while (start < end && pattern(chars[start]!)) start++;
  if (ends !== 'start') while (end > start && pattern(chars[end - 1]!)) end--;
  return chars.slice(start, end).join('');
}

/** `s.starts_with(|c| ..)`. */
export function strStartsWith(s: string, matches: (c: string) => boolean): boolean {
  const first = s.codePointAt(0);
  return first !== undefined && matches(String.fromCodePoint(first));
}

/** `s.ends_with(|c| ..)`. */
export function strEndsWith(s: string, matches: (c: string) => boolean): boolean {
  const last = [...s].at(-1);
  return last !== undefined && matches(last);
}

export class ParseIntError {
  constructor(readonly kind: 'Empty' | 'InvalidDigit' | 'PosOverflow' | 'NegOverflow') {}
  toString(): string {
    switch (this.kind) {
      case 'Empty':
        return 'cannot parse integer from empty string';
      case 'InvalidDigit':
        return 'invalid digit found in string';
      case 'PosOverflow':
        return 'number too large to fit in target type';
      case 'NegOverflow':
        return 'number too small to fit in target type';
    }
  }
  [RUST_DEBUG](): RustDebugValue {
    return {
      kind: 'struct',
      name: 'ParseIntError',
      fields: [['kind', { [RUST_DEBUG]: () => ({ kind: 'unit', name: this.kind }) }]],
    };
  }
}

export class ParseFloatError {
  constructor(readonly kind: 'Empty' | 'Invalid') {}
  toString(): string {
    return this.kind === 'Empty' ? 'cannot parse float from empty string' : 'invalid float literal';
  }
  [RUST_DEBUG](): RustDebugValue {
    return {
      kind: 'struct',
      name: 'ParseFloatError',
      fields: [['kind', { [RUST_DEBUG]: () => ({ kind: 'unit', name: this.kind }) }]],
    };
  }
}

const INT_RANGES: Record<string, [number, number]> = {
  i8: [-128, 127],
  i16: [-32768, 32767],
  i32: [-2147483648, 2147483647],
  i64: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
  isize: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
  u8: [0, 255],
  u16: [0, 65535],
  u32: [0, 4294967295],
  u64: [0, Number.MAX_SAFE_INTEGER],
  usize: [0, Number.MAX_SAFE_INTEGER],
};

const BITS: Record<string, number> = { i8: 8, i16: 16, i32: 32, u8: 8, u16: 16, u32: 32 };

/** `a.wrapping_add(b)` and friends: the result wrapped into the integer type (64-bit types stay exact to 2^53). */
export function wrapping(value: number, type = 'i32'): number {
  const bits = BITS[type];
  if (bits === undefined) return value;
  const size = 2 ** bits;
  const unsigned = ((value % size) + size) % size;
  return type.startsWith('i') && unsigned >= size / 2 ? unsigned - size : unsigned;
}

/** `a.div_euclid(b)` of integers: the quotient that leaves a remainder of 0 or more. */
export function divEuclid(a: number, b: number): number {
  const q = Math.trunc(a / b);
  return a % b < 0 ? (b > 0 ? q - 1 : q + 1) : q;
}

/** `a.rem_euclid(b)` of integers: the remainder, 0 or more whatever the signs. */
export function remEuclid(a: number, b: number): number {
  const r = a % b;
  return r < 0 ? r + Math.abs(b) : r;
}

/** `x as i32` of a float: truncated, saturated at the type's limits, NaN as 0. */
export function floatAs(value: number, type = 'i32'): number {
  const [min, max] = INT_RANGES[type] ?? INT_RANGES.i64!;
  return Number.isNaN(value) ? 0 : Math.min(Math.max(Math.trunc(value), min), max);
}

/** `a.overflowing_add(b)` and friends: the wrapped value and whether it wrapped. */
export function overflowing(value: number, type = 'i32'): [number, boolean] {
  return [wrapping(value, type), checked(value, type) === undefined];
}

/** `a.saturating_add(b)` and friends: the result clamped to the integer type's range. */
export function saturating(value: number, type = 'i32'): number {
  const [min, max] = INT_RANGES[type] ?? INT_RANGES.i64!;
  return Math.min(Math.max(value, min), max);
}

/** `&`, `|` and `^` on 64-bit integers (JavaScript's operators keep only 32 bits). */
export function bitwise(a: number, op: '&' | '|' | '^', b: number): number {
  const [x, y] = [BigInt(a), BigInt(b)];
  return Number(op === '&' ? x & y : op === '|' ? x | y : x ^ y);
}

/** `leading_zeros`, `trailing_zeros`, `count_ones`, `count_zeros` of an integer of `bits` bits (two's complement). */
export function bitCount(
  value: number | bigint,
  bits: number,
  what: 'leading' | 'trailing' | 'ones' | 'zeros',
): number {
  const digits = BigInt.asUintN(bits, BigInt(value)).toString(2).padStart(bits, '0');
  const ones = digits.replace(/0/g, '').length;
  switch (what) {
    case 'leading':
      return ones === 0 ? bits : digits.indexOf('1');
    case 'trailing':
      return ones === 0 ? bits : bits - 1 - digits.lastIndexOf('1');
    case 'ones':
      return ones;
    case 'zeros':
      return bits - ones;
  }
}

/** `x.rotate_left(n)` (a negative `n`: rotate_right) of an unsigned or signed integer of `bits` bits. */
export function rotate(value: number, n: number, bits: number, signed: boolean): number {
  const width = BigInt(bits);
  const x = BigInt.asUintN(bits, BigInt(value));
  const by = BigInt(((n % bits) + bits) % bits);
  const turned = BigInt.asUintN(bits, (x << by) | (x >> ((width - by) % width)));
  return Number(signed ? BigInt.asIntN(bits, turned) : turned);
}

/** `x.swap_bytes()`: the integer's bytes in the other order. */
export function swapBytes(value: number, bits: number, signed: boolean): number {
  let x = BigInt.asUintN(bits, BigInt(value));
  let out = 0n;
  for (let i = 0; i < bits / 8; i++) {
    out = (out << 8n) | (x & 0xffn);
    x >>= 8n;
  }
  return Number(signed ? BigInt.asIntN(bits, out) : out);
}

/**
 * Debug of a struct or enum value whose fields print differently from their JavaScript value
 * (an f64 held as a whole number, an Option, a char, a tuple): the translator gives, per
 * variant ('' for a struct), the fields to rewrite and how.
 */
export function debugFields(
  value: unknown,
  wrappers: Readonly<Record<string, Readonly<Record<string, (v: any) => unknown>>>>,
): unknown {
  if (value === null || typeof value !== 'object') return value;
  const kind = (value as { kind?: unknown }).kind;
  const isVariant = Object.getPrototypeOf(value) === Object.prototype && typeof kind === 'string';
  const rewrite = wrappers[isVariant ? (kind as string) : ''] ?? {};
  const entries = Object.entries(value).filter(([key]) => !isVariant || key !== 'kind');
  const shown = entries.map(([key, v]) => [key, rewrite[key] ? rewrite[key](v) : v] as const);
  const name = isVariant ? (kind as string) : value.constructor.name;
  const tupleLike = shown.length > 0 && shown.every(([key], i) => key === String(i));
  const described: RustDebuggable = tupleLike
    ? debugTuple(
        name,
        shown.map(([, v]) => v),
      )
    : debugStruct(name, shown);
  return described;
}

/** `a.checked_add(b)` and friends: the result, or None when it leaves the integer type's range. */
export function checked(value: number, type = 'i32'): Option<number> {
  const [min, max] = INT_RANGES[type] ?? INT_RANGES.i64!;
  return value >= min && value <= max ? value : undefined;
}

/** `s.parse::<i32>()` and the other integer types: Rust's rules (an optional sign, then digits). */
export function parseInteger(s: string, type = 'i32'): Result<number, ParseIntError> {
  const [min, max] = INT_RANGES[type] ?? INT_RANGES.i64!;
  return parseIntegerIn(s, [BigInt(min), BigInt(max)], Number);
}

/** `s.parse::<u64>()` in a program whose 64-bit integers are bigints. */
export function parseIntegerWide(s: string, type: string): Result<bigint, ParseIntError> {
  return parseIntegerIn(s, wideRange(type), (v) => v);
}

function parseIntegerIn<T>(
  s: string,
  [min, max]: [bigint, bigint],
  convert: (value: bigint) => T,
): Result<T, ParseIntError> {
  if (s === '') return new Err(new ParseIntError('Empty'));
  const signed = min < 0n;
  const body = s[0] === '+' || (s[0] === '-' && signed) ? s.slice(1) : s;
  if (body === '' || !/^[0-9]+$/.test(body)) return new Err(new ParseIntError('InvalidDigit'));
  const value = BigInt(s[0] === '-' ? `-${body}` : body);
  if (value > max) return new Err(new ParseIntError('PosOverflow'));
  if (value < min) return new Err(new ParseIntError('NegOverflow'));
  return new Ok(convert(value));
}

/** `s.parse::<f64>()`. */
export function parseFloat(s: string): Result<number, ParseFloatError> {
  if (s === '') return new Err(new ParseFloatError('Empty'));
  if (!/^[+-]?(inf|infinity|nan|([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?)$/i.test(s))
    return new Err(new ParseFloatError('Invalid'));
  const lower = s.toLowerCase().replace(/^\+/, '');
  if (lower.endsWith('inf') || lower.endsWith('infinity')) return new Ok(lower.startsWith('-') ? -Infinity : Infinity);
  return new Ok(Number(s));
}

/** `.clone()` of a value whose type the translator could not see: handles clone themselves, collections copy. */
export function clone<T>(value: T): T {
  if (Array.isArray(value)) return value.map(clone) as T;
  if (value instanceof Map)
    return new (value.constructor as MapConstructor)([...value].map(([k, v]) => [k, clone(v)])) as T;
  if (value instanceof Set) return new (value.constructor as SetConstructor)([...value].map(clone)) as T;
  if (value !== null && typeof value === 'object') {
    const own = (value as { clone?: unknown }).clone;
    if (typeof own === 'function') return own.call(value) as T;
    if (Object.getPrototypeOf(value) === Object.prototype) {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, clone(v)])) as T;
    }
  }
  return value;
}

/** `drop(x)` for a value holding handles: every handle inside it is dropped (each object once). */
export function drop(value: unknown, seen = new WeakSet<object>()): void {
  if (value === null || typeof value !== 'object' || seen.has(value)) return;
  seen.add(value);
  const own = (value as { drop?: unknown }).drop;
  if (typeof own === 'function') {
    own.call(value);
    return;
  }
  if (Array.isArray(value)) for (const item of value) dropPart(item, seen);
  else if (value instanceof Map) for (const item of value.values()) dropPart(item, seen);
  else dropFields(value, [], seen);
}

/** Values whose `Drop::drop` has run (a value is dropped once, even when two paths reach it). */
const dropped = new WeakSet<object>();

/**
 * A future dropped before it completes (a lost select! branch, a cancelled task) drops what it
 * still holds: each value given that its body had not dropped or moved into a local yet.
 */
export function dropIfCancelled(error: unknown, ...held: unknown[]): void {
  if (!(error instanceof TaskCancelled)) return;
  for (const value of held) if (value !== null && typeof value === 'object' && !dropped.has(value)) drop(value);
}

/** What Rust drops after a struct's own `Drop::drop` ran: each of its fields but those that only borrow. */
export function dropFields(value: object, borrowed: readonly string[] = [], seen = new WeakSet<object>()): void {
  dropped.add(value);
  for (const [name, item] of Object.entries(value)) if (!borrowed.includes(name)) dropPart(item, seen);
}

/** A part of a dropped value: an `Arc` inside gives up one count, anything else is dropped. */
function dropPart(item: unknown, seen: WeakSet<object>): void {
  if (item !== null && typeof item === 'object' && strongCounts.has(item)) arcDrop(item);
  else drop(item, seen);
}

/** `make_pair().0`: the field kept out of a temporary tuple; Rust drops the others at once. */
export function takeField<T extends readonly unknown[], I extends number>(tuple: T, kept: I): T[I] {
  tuple.forEach((item, i) => {
    if (i !== kept) drop(item);
  });
  return tuple[kept];
}

/** How many `Arc`s share each value: the value is dropped when the last one is. */
const strongCounts = new WeakMap<object, number>();

/** `Arc::new(v)`: the value itself, counted once. */
export function arc<T>(value: T): T {
  if (value !== null && typeof value === 'object') strongCounts.set(value, 1);
  return value;
}

/**
 * `Arc::new(v)` of a plain value (a number, a string, `()`): JavaScript cannot count references
 * to those, so the Arc is a small box around the value (`a.value` is `*a`).
 */
/**
 * A type passed as a value, its class: a generic function that calls `T::default()` takes the
 * class of its `T` (the statics of the class are read by name).
 */
export type TypeOf<T> = (abstract new (...args: never[]) => T) & { readonly [name: string]: any };

export class ArcValue<T> {
  constructor(readonly value: T) {}

  toString(): string {
    return displayString(this.value);
  }

  [RUST_DEBUG](): RustDebugValue {
    return { kind: 'text', text: debugString(this.value) };
  }
}

export function arcValue<T>(value: T): ArcValue<T> {
  return arc(new ArcValue(value));
}

/** `Arc::clone(&a)` / `a.clone()` of an Arc: the same value, counted once more. */
export function arcClone<T>(value: T): T {
  if (value !== null && typeof value === 'object') strongCounts.set(value, (strongCounts.get(value) ?? 1) + 1);
  return value;
}

/** Dropping one Arc: the last one drops the value (a Mutex<Receiver> then closes its channel). */
export function arcDrop(value: unknown): void {
  if (value === null || typeof value !== 'object') return;
  const count = (strongCounts.get(value) ?? 1) - 1;
  strongCounts.set(value, count);
  if (count === 0) drop(value);
}

/** `Arc::try_unwrap(a)`: Ok(the value) when `a` is its last Arc, else Err(a) back. */
export function arcTryUnwrap<T>(value: T): Result<T, T> {
  if (strongCount(value) !== 1) return new Err(value);
  if (value !== null && typeof value === 'object') strongCounts.delete(value);
  return new Ok(value);
}

/** `Arc::strong_count(&a)`. */
export function strongCount(value: unknown): number {
  return value !== null && typeof value === 'object' ? (strongCounts.get(value) ?? 1) : 1;
}

/** `std::process::exit`. */
export function exit(code: number): never {
  return exitProgram(code);
}

/** `a == b` for values Rust compares by #[derive(PartialEq)]: tuples, Vecs, maps, structs, enum values. */
export function eq(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  if (Array.isArray(a))
    return a.length === (b as unknown[]).length && a.every((item, i) => eq(item, (b as unknown[])[i]));
  if (a instanceof Map) {
    const other = b as Map<unknown, unknown>;
    return a.size === other.size && [...a].every(([k, v]) => other.has(k) && eq(v, other.get(k)));
  }
  if (a instanceof Set) {
    const other = b as Set<unknown>;
    return a.size === other.size && [...a].every((v) => other.has(v));
  }
  const keys = Object.keys(a);
  return (
    keys.length === Object.keys(b).length &&
    keys.every((k) => eq((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
  );
}

/** `v.starts_with(&[..])` / `v.ends_with(&[..])`: the items at that end equal the given ones. */
export function sliceHasAtEnd(items: readonly unknown[], part: readonly unknown[], end: 'start' | 'end'): boolean {
  if (part.length > items.length) return false;
  const at = end === 'start' ? 0 : items.length - part.length;
  return eq(items.slice(at, at + part.length), [...part]);
}

export { cmp, deriveOrd, ordering, ordMax, ordMin, partialCmp, Reverse, totalCmp } from './std-cmp.js';
export { BTreeSet, HashMap, HashSet, insertNew } from './std-hash.js';
export {
  difference,
  firstOf,
  intersection,
  isDisjoint,
  isSubset,
  lastOf,
  popMapEnd,
  popSetEnd,
  removeEntry,
  setOperator,
  splitOffKeys,
  splitOffValues,
  symmetricDifference,
  union,
} from './std-btree.js';
export { add, defaultOf, div, floatFields, mul, neg, rem, sub } from './std-ops.js';
export { ExitCode } from './exit-code.js';
export {
  binarySearchBy,
  chunks,
  chunksExact,
  chunksMut,
  dedup,
  drain,
  joinSlices,
  rchunks,
  retainMap,
  sliceMut,
  splitAtMut,
  splitOff,
  windows,
} from './std-slices.js';
export {
  BorrowError,
  BorrowMutError,
  Cell,
  CellRef,
  CellRefMut,
  RefCell,
  UnsafeCell,
  type UnsafePointer,
} from './std-cell.js';
export { fromFn, iter, Iter, Peekable, successors, type IterSource } from './std-iter.js';
export {
  charFromDigit,
  charFromU32,
  charIndices,
  charToDigit,
  eqIgnoreAsciiCase,
  isCharBoundary,
  replacen,
  rsplitOnce,
  splitTerminator,
  strFindText,
  strGet,
  strInsert,
  strMatches,
  strRemove,
  strSlice,
  strTruncate,
} from './std-str.js';
export { FromUtf8Error, fromUtf8Lossy, strFromUtf8, stringFromUtf8, Utf8Error, utf8Bytes } from './std-utf8.js';
export { Context, pending, pollFn, pollFuture, StdPoll, Waker, type FutureOutput } from './std-future.js';
export { BinaryHeap } from './std-heap.js';
export { debugText, formatThrough, tupleValue } from '../fmt/rust.js';
export {
  collectOption,
  collectResult,
  foldOptions,
  foldResults,
  inspectOption,
  mapOrElse,
  optionAnd,
  optionXor,
  tryFoldOption,
  tryFoldResult,
} from './std-option.js';

/** `iter.max()` / `iter.min()`: the last maximum and the first minimum, as Rust picks them; None when empty. */
export function max<T>(items: readonly T[]): Option<T> {
  let best: Option<T>;
  for (const item of items) if (best === undefined || cmp(item, best) >= 0) best = item;
  return best;
}

export function min<T>(items: readonly T[]): Option<T> {
  let best: Option<T>;
  for (const item of items) if (best === undefined || cmp(item, best) < 0) best = item;
  return best;
}

/** `max_by_key` / `min_by_key`. */
export function maxByKey<T>(items: readonly T[], key: (item: T) => unknown): Option<T> {
  let best: Option<T>;
  for (const item of items) if (best === undefined || cmp(key(item), key(best)) >= 0) best = item;
  return best;
}

export function minByKey<T>(items: readonly T[], key: (item: T) => unknown): Option<T> {
  let best: Option<T>;
  for (const item of items) if (best === undefined || cmp(key(item), key(best)) < 0) best = item;
  return best;
}

/** `iter.position(f)`. */
export function position<T>(items: readonly T[], f: (item: T) => boolean): Option<number> {
  const i = items.findIndex(f);
  return i < 0 ? undefined : i;
}

/** `iter.rposition(f)`: the index (from the front) of the last item that matches. */
export function rposition<T>(items: readonly T[], f: (item: T) => boolean): Option<number> {
  for (let i = items.length - 1; i >= 0; i--) if (f(items[i]!)) return i;
  return undefined;
}

/** `a.iter().zip(b)`. */
export function zip<A, B>(a: Iterable<A>, b: Iterable<B>): [A, B][] {
  const out: [A, B][] = [];
  const other = b[Symbol.iterator]();
  for (const item of a) {
    const next = other.next();
    if (next.done) break;
    out.push([item, next.value]);
  }
  return out;
}

/** `iter.map(f).collect()` where `f` waits (joins a thread, receives): one element after another. */
export async function mapAsync<T, U>(items: readonly T[], f: (item: T) => U | Promise<U>): Promise<U[]> {
  const out: U[] = [];
  for (const item of items) out.push(await f(item));
  return out;
}

/**
 * A `&mut` to a number, bool or string: JavaScript copies those, so a `&mut` travels as an
 * object that reads and writes the place it points to (a variable, a map's slot).
 */
export class Ref<T> {
  constructor(
    private readonly read: () => T,
    private readonly write: (value: T) => void,
  ) {}
  get value(): T {
    return this.read();
  }
  set value(value: T) {
    this.write(value);
  }
}

/** `&mut x`: a Ref to a place, from how to read it and how to write it. */
export function ref<T>(read: () => T, write: (value: T) => void): Ref<T> {
  return new Ref(read, write);
}

/**
 * `&mut v` handed on where the type is a parameter (`update(v)` for `F: FnOnce(&mut V)`): the
 * value itself when it is an object, which JavaScript shares, else a Ref to its place, as the
 * caller that knows V is a number or string passes it.
 */
export function lend<T>(read: () => T, write: (value: T) => void): Lent<T> {
  const value = read();
  return (typeof value === 'object' && value !== null ? value : new Ref(read, write)) as Lent<T>;
}

/** `lend` of a map's slot (`let v = map.entry(k).or_insert(d); update(v)`): the value, or a Ref reading and writing the map. */
export function lendSlot<V, K = unknown>(map: Map<K, V>, key: K): Lent<V> {
  return lend(
    () => map.get(key) as V,
    (value) => map.set(key, value),
  );
}

/** What a `&mut T` of a type parameter is once T is known: the object itself, or a Ref to a number or string. */
export type Lent<T> = [T] extends [object] ? T : Ref<T>;

/** `v.iter_mut()` over numbers or strings: a Ref to each element, in order. */
export function refsTo<T>(items: T[]): Ref<T>[] {
  return items.map(
    (_, i) =>
      new Ref<T>(
        () => items[i] as T,
        (value) => (items[i] = value),
      ),
  );
}

/** `map.get_mut(&k)` for a map of numbers or strings, in a function that hands the `&mut` on. */
export function getMut<K, V>(map: Map<K, V>, key: K): Option<Ref<V>> {
  return map.has(key)
    ? new Ref(
        () => map.get(key) as V,
        (value) => map.set(key, value),
      )
    : undefined;
}

/** `btree.range(a..b)`: the entries with keys from `start` up to `end` (missing: unbounded), in key order. */
export function mapRange<K, V>(map: Map<K, V>, start: Option<K>, end: Option<K>, inclusive = false): [K, V][] {
  return [...map].filter(
    ([k]) => (start === undefined || cmp(k, start) >= 0) && (end === undefined || cmp(k, end) < (inclusive ? 1 : 0)),
  );
}

/** `map.insert(k, v)` where its value is used: the value it replaced, if any. */
export function insert<K, V>(map: Map<K, V>, key: K, value: V): Option<V> {
  const previous = map.get(key);
  map.set(key, value);
  return previous;
}

/** `map.entry(key)`: `.orInsert(v)` and `.orInsertWith(f)` give the value, inserting it first if missing. */
export function entry<K, V>(map: Map<K, V>, key: K): Entry<K, V> {
  return new Entry(map, key);
}

export class Entry<K, V> {
  constructor(
    private readonly map: Map<K, V>,
    private readonly entryKey: K,
  ) {}
  /** `Entry::Occupied(e)` / `Entry::Vacant(e)`: which one it is; the variant binds the entry itself (`value`). */
  get kind(): 'Occupied' | 'Vacant' {
    return this.map.has(this.entryKey) ? 'Occupied' : 'Vacant';
  }
  get value(): this {
    return this;
  }
  key(): K {
    return this.entryKey;
  }
  get(): V {
    return this.map.get(this.entryKey) as V;
  }
  /** An occupied entry's `insert` gives the value it replaced; a vacant one's gives the value put in. */
  insert(value: V): V {
    const old = this.map.get(this.entryKey);
    const occupied = this.map.has(this.entryKey);
    this.map.set(this.entryKey, value);
    return occupied ? (old as V) : value;
  }
  remove(): V {
    return this.removeEntry()[1];
  }
  removeEntry(): [K, V] {
    const value = this.get();
    this.map.delete(this.entryKey);
    return [this.entryKey, value];
  }
  orInsert(value: V): V {
    if (!this.map.has(this.entryKey)) this.map.set(this.entryKey, value);
    return this.map.get(this.entryKey) as V;
  }
  orInsertWith(make: () => V): V {
    if (!this.map.has(this.entryKey)) this.map.set(this.entryKey, make());
    return this.map.get(this.entryKey) as V;
  }
  orInsertWithKey(make: (key: K) => V): V {
    return this.orInsertWith(() => make(this.entryKey));
  }
  /** `entry.and_modify(|v| ..)`: runs on the value when the key is there; a number or string is handed as a Ref to its slot. */
  andModify(modify: (value: V extends object ? V : Ref<V>) => void): this {
    const { map, entryKey: key } = this;
    if (!map.has(key)) return this;
    const value = map.get(key) as V;
    const slot =
      typeof value === 'object' && value !== null
        ? value
        : ref(
            () => map.get(key) as V,
            (v) => map.set(key, v),
          );
    modify(slot as V extends object ? V : Ref<V>);
    return this;
  }
}

/** `opt.map(f)` for an Option held as `T | undefined`. */
export function mapOption<T, U>(value: Option<T>, f: (value: T) => U): Option<U> {
  return value === undefined ? undefined : f(value);
}

/** `opt.and_then(f)`. */
export function andThen<T, U>(value: Option<T>, f: (value: T) => Option<U>): Option<U> {
  return value === undefined ? undefined : f(value);
}

/** `opt.map_or(default, f)`. */
export function mapOr<T, U>(value: Option<T>, fallback: U, f: (value: T) => U): U {
  return value === undefined ? fallback : f(value);
}

/** `a.zip(b)` of two Options. */
export function zipOption<A, B>(a: Option<A>, b: Option<B>): Option<[A, B]> {
  return a === undefined || b === undefined ? undefined : [a, b];
}

/** `opt.transpose()`: Some(Ok(v)) is Ok(Some(v)), Some(Err(e)) Err(e), None Ok(None). */
export function transposeOption<T, E>(value: Option<Result<T, E>>): Result<Option<T>, E> {
  if (value === undefined) return new Ok(undefined);
  return value.isOk() ? new Ok(value.value) : new Err(value.error);
}

/** `opt.ok_or_else(f)`. */
export function okOrElse<T, E>(value: Option<T>, error: () => E): Result<T, E> {
  return value === undefined ? new Err(error()) : new Ok(value);
}

/** `s.strip_prefix(p)` / `s.strip_suffix(p)`. */
export function stripPrefix(s: string, prefix: string): Option<string> {
  return s.startsWith(prefix) ? s.slice(prefix.length) : undefined;
}

export function stripSuffix(s: string, suffix: string): Option<string> {
  return s.endsWith(suffix) ? s.slice(0, s.length - suffix.length) : undefined;
}

/** `s.split_once(sep)`. */
export function splitOnce(s: string, separator: string): Option<[string, string]> {
  const at = s.indexOf(separator);
  return at < 0 ? undefined : [s.slice(0, at), s.slice(at + separator.length)];
}

/** `iter.take_while(f)` / `iter.skip_while(f)`. */
export function takeWhile<T>(items: Iterable<T>, keep: (item: T) => boolean): T[] {
  const out: T[] = [];
  for (const item of items) {
    if (!keep(item)) break;
    out.push(item);
  }
  return out;
}

/** `iter.take(n)` of an iterator that may have no end (`(1..).take(3)`). */
export function take<T>(items: Iterable<T>, n: number): T[] {
  const out: T[] = [];
  if (n <= 0) return out;
  for (const item of items) {
    out.push(item);
    if (out.length === n) break;
  }
  return out;
}

export function skipWhile<T>(items: readonly T[], skip: (item: T) => boolean): T[] {
  const start = items.findIndex((item) => !skip(item));
  return start < 0 ? [] : items.slice(start);
}

/** `opt.filter(f)`. */
export function filterOption<T>(value: Option<T>, keep: (value: T) => boolean): Option<T> {
  return value !== undefined && keep(value) ? value : undefined;
}

/** `opt.ok_or(e)`. */
export function okOr<T, E>(value: Option<T>, error: E): Result<T, E> {
  return value === undefined ? new Err(error) : new Ok(value);
}

/** BTreeMap: a map keyed by value that iterates (and prints) in key order. */
export class BTreeMap<K = any, V = any> extends HashMap<K, V> {
  override [Symbol.iterator](): MapIterator<[K, V]> {
    return this.entries();
  }
  override entries(): MapIterator<[K, V]> {
    return this.sorted()[Symbol.iterator]() as MapIterator<[K, V]>;
  }
  override keys(): MapIterator<K> {
    return this.sorted()
      .map(([k]) => k)
      [Symbol.iterator]() as MapIterator<K>;
  }
  override values(): MapIterator<V> {
    return this.sorted()
      .map(([, v]) => v)
      [Symbol.iterator]() as MapIterator<V>;
  }
  private sorted(): [K, V][] {
    return [...super.entries()].sort((a, b) => cmp(a[0], b[0]));
  }
  override forEach(f: (value: V, key: K, map: Map<K, V>) => void): void {
    for (const [k, v] of this.entries()) f(v, k, this);
  }
}
export { checkedWide, floatAsWide, saturatingWide, wrappingWide } from './std-wide.js';
export { absDiff, checkedOp, isPowerOfTwo, overflowingOp, saturatingOp, wrappingOp } from './std-int-ops.js';

export class TryFromIntError {
  toString(): string {
    return 'out of range integral type conversion attempted';
  }
  [RUST_DEBUG](): RustDebugValue {
    return {
      kind: 'tuple-struct',
      name: 'TryFromIntError',
      fields: [{ [RUST_DEBUG]: () => ({ kind: 'tuple', items: [] }) }],
    };
  }
}

/** Whether an integer fits `type` (`u8`, `i64`, `usize`), compared exactly. */
function fitsInteger(value: number | bigint, type: string): boolean {
  const bits = BigInt(type.endsWith('size') ? 64 : Number(type.slice(1)));
  const v = BigInt(value);
  return type.startsWith('i') ? v >= -(1n << (bits - 1n)) && v < 1n << (bits - 1n) : v >= 0n && v < 1n << bits;
}

/** `u8::try_from(x)`: the value, or Err(TryFromIntError) when the type cannot hold it. */
export function tryFromInt(value: number | bigint, type: string): Result<number, TryFromIntError> {
  return fitsInteger(value, type) ? new Ok(Number(value)) : new Err(new TryFromIntError());
}

/** `i64::try_from(x)` where 64-bit integers are bigints. */
export function tryFromWide(value: number | bigint, type: string): Result<bigint, TryFromIntError> {
  return fitsInteger(value, type) ? new Ok(BigInt(value)) : new Err(new TryFromIntError());
}

/** `v.rotate_left(k)` of a Vec, slice or VecDeque, in place; `rotate_right(k)` is k negative. */
export function rotateItems<T>(items: T[], k: number): void {
  if (items.length === 0) return;
  const by = ((k % items.length) + items.length) % items.length;
  items.push(...items.splice(0, by));
}
