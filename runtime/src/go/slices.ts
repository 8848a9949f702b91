/**
 * Go's `slices` (Go 1.21+; the iterator functions of 1.23 give JavaScript iterables, and take
 * those or a program's iterator functions: iter-seq.ts).
 * Slices are arrays here; the functions that return a slice return the array they changed or
 * a new one, as Go's do. Sorts are stable (Go's need not be: any order of equal elements is
 * a correct result of theirs).
 */
import { equal as goEqual } from './builtins.js';
import { compare, type Ordered } from './cmp.js';
import { gather, pairsOf, valuesOf, type Pairs, type Seq, type Values } from './iter-seq.js';
import { GoPanic, RuntimeError } from './panic.js';

type Slice<T> = readonly T[] | null;

export function sort<T extends Ordered>(s: T[] | null): void {
  s?.sort(compare);
}

export function sortFunc<T>(s: T[] | null, cmp: (a: T, b: T) => number): void {
  s?.sort(cmp);
}

export const sortStableFunc = sortFunc;

export function isSorted<T extends Ordered>(s: Slice<T>): boolean {
  return isSortedFunc(s, compare);
}

export function isSortedFunc<T>(s: Slice<T>, cmp: (a: T, b: T) => number): boolean {
  for (let i = 1; i < (s?.length ?? 0); i++) if (cmp(s![i]!, s![i - 1]!) < 0) return false;
  return true;
}

/** `slices.Sorted(seq)`: the sequence's values in a new sorted slice. */
export function sorted<T extends Ordered>(seq: Seq<T>): T[] {
  return gather(seq, (values) => values.sort(compare));
}

export function sortedFunc<T>(seq: Seq<T>, cmp: (a: T, b: T) => number): T[] {
  return gather(seq, (values) => values.sort(cmp));
}

export function collect<T>(seq: Seq<T>): T[] {
  return gather(seq, (values) => values);
}

/** `slices.Values(s)`: its elements, as a sequence. */
export function values<T>(s: Slice<T>): Values<T> {
  return valuesOf(() => s ?? []);
}

/** `slices.All(s)`: index-value pairs, as a sequence. */
export function all<T>(s: Slice<T>): Pairs<number, T> {
  return pairsOf(() => (s ?? []).entries());
}

/** `slices.Backward(s)`: index-value pairs from the last element to the first, as a sequence. */
export function backward<T>(s: Slice<T>): Pairs<number, T> {
  return pairsOf(function* () {
    for (let i = (s?.length ?? 0) - 1; i >= 0; i--) yield [i, s![i]!] as [number, T];
  });
}

export function index<T>(s: Slice<T>, v: T): number {
  return indexFunc(s, (x) => goEqual(x, v));
}

export function indexFunc<T>(s: Slice<T>, f: (v: T) => boolean): number {
  return s?.findIndex((x) => f(x)) ?? -1;
}

export function contains<T>(s: Slice<T>, v: T): boolean {
  return index(s, v) >= 0;
}

export function containsFunc<T>(s: Slice<T>, f: (v: T) => boolean): boolean {
  return indexFunc(s, f) >= 0;
}

export function equal<T>(a: Slice<T>, b: Slice<T>): boolean {
  return equalFunc(a, b, goEqual);
}

export function equalFunc<T, U>(a: readonly T[] | null, b: readonly U[] | null, eq: (x: T, y: U) => boolean): boolean {
  const x = a ?? [];
  const y = b ?? [];
  return x.length === y.length && x.every((v, i) => eq(v, y[i]!));
}

function compareSlices<T extends Ordered>(a: Slice<T>, b: Slice<T>): number {
  const x = a ?? [];
  const y = b ?? [];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const c = compare(x[i]!, y[i]!);
    if (c !== 0) return c;
  }
  return Math.sign(x.length - y.length);
}
export { compareSlices as compare };

export function reverse<T>(s: T[] | null): void {
  s?.reverse();
}

export function max<T extends Ordered>(s: Slice<T>): T {
  return maxFunc(s, compare);
}

export function min<T extends Ordered>(s: Slice<T>): T {
  return minFunc(s, compare);
}

/** The first greatest element; panics on an empty slice, as Go does. */
export function maxFunc<T>(s: Slice<T>, cmp: (a: T, b: T) => number): T {
  if (!s || s.length === 0) throw new GoPanic('slices.MaxFunc: empty list');
  return s.reduce((best, v) => (cmp(v, best) > 0 ? v : best));
}

/** The first least element; panics on an empty slice, as Go does. */
export function minFunc<T>(s: Slice<T>, cmp: (a: T, b: T) => number): T {
  if (!s || s.length === 0) throw new GoPanic('slices.MinFunc: empty list');
  return s.reduce((best, v) => (cmp(v, best) < 0 ? v : best));
}

/** Where v is, or would be inserted, in the sorted s; and whether it is there. */
export function binarySearch<T extends Ordered>(s: Slice<T>, v: T): [number, boolean] {
  return binarySearchFunc(s, v, compare);
}

export function binarySearchFunc<T, U>(
  s: readonly T[] | null,
  target: U,
  cmp: (a: T, b: U) => number,
): [number, boolean] {
  const a = s ?? [];
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cmp(a[mid]!, target) < 0) lo = mid + 1;
    else hi = mid;
  }
  return [lo, lo < a.length && cmp(a[lo]!, target) === 0];
}

/** `slices.Clone(s)`: a nil slice is an empty array in a translation, so its clone is one too. */
export function clone<T>(s: Slice<T>): T[] {
  return s ? s.slice() : [];
}

/** Removes consecutive equal elements. */
export function compact<T>(s: T[] | null): T[] {
  return compactFunc(s, goEqual);
}

export function compactFunc<T>(s: T[] | null, eq: (a: T, b: T) => boolean): T[] {
  return s?.filter((v, i) => i === 0 || !eq(s[i - 1]!, v)) ?? [];
}

export function insert<T>(s: Slice<T>, i: number, ...vs: T[]): T[] {
  const a = s ?? [];
  if (i < 0 || i > a.length) throw new RuntimeError(`slice bounds out of range [${i}:${a.length}]`);
  return [...a.slice(0, i), ...vs, ...a.slice(i)];
}

/** `slices.Delete(s, i, j)`: without s[i:j]. */
function deleteRange<T>(s: Slice<T>, i: number, j: number): T[] {
  const a = s ?? [];
  if (i < 0 || j > a.length || i > j) throw new RuntimeError(`slice bounds out of range [${i}:${j}]`);
  return [...a.slice(0, i), ...a.slice(j)];
}
export { deleteRange as delete };

export function deleteFunc<T>(s: T[] | null, del: (v: T) => boolean): T[] {
  return s?.filter((v) => !del(v)) ?? [];
}

export function replace<T>(s: Slice<T>, i: number, j: number, ...vs: T[]): T[] {
  return insert(deleteRange(s, i, j), i, ...vs);
}

export function concat<T>(...ss: Slice<T>[]): T[] {
  return ss.flatMap((s) => s ?? []);
}

export function repeat<T>(s: Slice<T>, count: number): T[] {
  if (count < 0) throw new GoPanic('cannot be negative');
  return Array.from({ length: count }, () => s ?? []).flat() as T[];
}

/** `slices.Grow` and `slices.Clip` only change capacity, which arrays here do not have. */
export function grow<T>(s: Slice<T>): Slice<T> {
  return s;
}

export const clip = grow;
