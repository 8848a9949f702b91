// Go's `sort` package. Sorting is in place. Go's less functions take indexes into the slice
// being sorted (`sort.Slice(a, (i, j) => a[i].age < a[j].age)`): the order is worked out on
// the untouched array first and applied afterwards, so less always sees the original
// positions. Every sort here is stable (Go's Sort and Slice need not be; any order of
// equal elements is a correct result of them).

import { Named } from '../fmt/go-values.js';
import { compare } from './strings.js';

/** Go's sort.Interface: a collection sortable by index (its methods as the translation names them). */
export interface Interface {
  len(): number;
  less(i: number, j: number): boolean;
  swap(i: number, j: number): void;
}

/** The stable order of 0..n-1 under less, which gets original indexes. */
function sortedOrder(n: number, less: (i: number, j: number) => boolean): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  return order.sort((i, j) => (less(i, j) ? -1 : less(j, i) ? 1 : 0));
}

/** Puts a[order[k]] at k. */
function permute<T>(a: T[], order: readonly number[]): void {
  const copy = order.map((i) => a[i]!);
  for (let k = 0; k < copy.length; k++) a[k] = copy[k]!;
}

/** Applies the permutation through Swap only: the element at order[k] ends at k. */
function permuteBySwaps(data: Interface, order: readonly number[]): void {
  const n = order.length;
  const at = Array.from({ length: n }, (_, i) => i); // at[p]: original index now at p
  const where = Array.from({ length: n }, (_, i) => i); // where[o]: position of original o
  for (let k = 0; k < n; k++) {
    const p = where[order[k]!]!;
    if (p === k) continue;
    data.swap(k, p);
    const displaced = at[k]!;
    at[p] = displaced;
    where[displaced] = p;
    at[k] = order[k]!;
    where[order[k]!] = k;
  }
}

/** `sort.Ints`: ascending. */
export function ints(a: SliceOf<number>): void {
  elements(a)?.sort((x, y) => x - y);
}

/** `sort.Float64s`: ascending, NaNs first. */
export function float64s(a: SliceOf<number>): void {
  elements(a)?.sort((x, y) =>
    x < y || (Number.isNaN(x) && !Number.isNaN(y)) ? -1 : y < x || (Number.isNaN(y) && !Number.isNaN(x)) ? 1 : 0,
  );
}

/** `sort.Strings`: byte-wise (UTF-8) order, as Go compares strings. */
export function strings(a: SliceOf<string>): void {
  elements(a)?.sort(compare);
}

/** `sort.Slice(a, less)`: less(i, j) compares a[i] and a[j]. */
export function slice<T>(a: T[] | null, less: (i: number, j: number) => boolean): void {
  if (a) permute(a, sortedOrder(a.length, less));
}

/** `sort.SliceStable(a, less)`: equal elements keep their order. */
export function sliceStable<T>(a: T[] | null, less: (i: number, j: number) => boolean): void {
  slice(a, less);
}

/** `sort.SliceIsSorted(a, less)` */
export function sliceIsSorted<T>(a: T[] | null, less: (i: number, j: number) => boolean): boolean {
  for (let i = (a?.length ?? 0) - 1; i > 0; i--) if (less(i, i - 1)) return false;
  return true;
}

/** `sort.Sort(data)` through data's Len, Less and Swap. */
export function sort(data: Interface): void {
  permuteBySwaps(
    data,
    sortedOrder(data.len(), (i, j) => data.less(i, j)),
  );
}

/** `sort.Stable(data)` */
export function stable(data: Interface): void {
  sort(data);
}

/** `sort.IsSorted(data)` */
export function isSorted(data: Interface): boolean {
  for (let i = data.len() - 1; i > 0; i--) if (data.less(i, i - 1)) return false;
  return true;
}

/** `sort.Reverse(data)`: the same collection with Less inverted. */
export function reverse(data: Interface): Interface {
  return {
    len: () => data.len(),
    less: (i, j) => data.less(j, i),
    swap: (i, j) => data.swap(i, j),
  };
}

/**
 * `sort.IntSlice`, `sort.Float64Slice`, `sort.StringSlice`: a slice with sort.Interface. Named
 * types of a slice: `value` is the slice (shared with the one converted), and fmt prints it.
 */
abstract class SortableSlice<T> extends Named<T[]> implements Interface {
  len(): number {
    return this.value.length;
  }
  abstract less(i: number, j: number): boolean;
  swap(i: number, j: number): void {
    const a = this.value;
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  sort(): void {
    sort(this);
  }
}

export class IntSlice extends SortableSlice<number> {
  readonly goType = 'sort.IntSlice';
  less(i: number, j: number): boolean {
    return this.value[i]! < this.value[j]!;
  }
  search(x: number): number {
    return searchInts(this.value, x);
  }
}

export class Float64Slice extends SortableSlice<number> {
  readonly goType = 'sort.Float64Slice';
  less(i: number, j: number): boolean {
    const x = this.value[i]!;
    const y = this.value[j]!;
    return x < y || (Number.isNaN(x) && !Number.isNaN(y));
  }
  search(x: number): number {
    return searchFloat64s(this.value, x);
  }
}

export class StringSlice extends SortableSlice<string> {
  readonly goType = 'sort.StringSlice';
  less(i: number, j: number): boolean {
    return compare(this.value[i]!, this.value[j]!) < 0;
  }
  search(x: string): number {
    return searchStrings(this.value, x);
  }
}

/** A `[]T` argument, which Go also takes as a named slice type (`sort.Float64sAreSorted(fl)`). */
type SliceOf<T> = T[] | SortableSlice<T> | null;

function elements<T>(a: SliceOf<T>): T[] | null {
  return a instanceof SortableSlice ? a.value : a;
}

/**
 * `sort.Search(n, f)`: the smallest i in [0, n) with f(i) true, or n; f must be false then
 * true. Probes the same indexes as Go, in the same order.
 */
export function search(n: number, f: (i: number) => boolean): number {
  let i = 0;
  let j = n;
  while (i < j) {
    const h = Math.floor((i + j) / 2);
    if (!f(h)) i = h + 1;
    else j = h;
  }
  return i;
}

/** `sort.Find(n, cmp)`: [smallest i with cmp(i) <= 0, whether cmp(i) == 0 there]. */
export function find(n: number, cmp: (i: number) => number): [i: number, found: boolean] {
  let i = 0;
  let j = n;
  while (i < j) {
    const h = Math.floor((i + j) / 2);
    if (cmp(h) > 0) i = h + 1;
    else j = h;
  }
  return [i, i < n && cmp(i) === 0];
}

/** `sort.SearchInts(a, x)`: where x is, or would be inserted, in the sorted a. */
export function searchInts(slice: SliceOf<number>, x: number): number {
  const a = elements(slice);
  return search(a?.length ?? 0, (i) => a![i]! >= x);
}

export function searchFloat64s(slice: SliceOf<number>, x: number): number {
  const a = elements(slice);
  return search(a?.length ?? 0, (i) => a![i]! >= x);
}

export function searchStrings(slice: SliceOf<string>, x: string): number {
  const a = elements(slice);
  return search(a?.length ?? 0, (i) => compare(a![i]!, x) >= 0);
}

export function intsAreSorted(slice: SliceOf<number>): boolean {
  const a = elements(slice);
  for (let i = (a?.length ?? 0) - 1; i > 0; i--) if (a![i]! < a![i - 1]!) return false;
  return true;
}

export function float64sAreSorted(slice: SliceOf<number>): boolean {
  const a = elements(slice);
  for (let i = (a?.length ?? 0) - 1; i > 0; i--) {
    const x = a![i]!;
    const y = a![i - 1]!;
    if (x < y || (Number.isNaN(x) && !Number.isNaN(y))) return false;
  }
  return true;
}

export function stringsAreSorted(slice: SliceOf<string>): boolean {
  const a = elements(slice);
  for (let i = (a?.length ?? 0) - 1; i > 0; i--) if (compare(a![i]!, a![i - 1]!) < 0) return false;
  return true;
}
