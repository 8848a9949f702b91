// Slice and map methods that JavaScript's arrays and Maps lack: `windows`, `chunks`,
// `chunks_exact`, `rchunks`, `dedup`, and HashMap's `retain`. Iterators are arrays in translated
// code, so each gives an array of copies (Rust gives borrowed sub-slices), but for the `_mut`
// ones (`chunks_mut`, `split_at_mut`), whose parts write into the slice they came from.
import { panic } from './panic.js';
import { Err, Ok, type Result } from './result.js';

/** `v.windows(n)`: every run of n neighbours, in order; none when v is shorter. */
export function windows<T>(items: readonly T[], size: number, location = ''): T[][] {
  if (size === 0) panic('window size must be non-zero', location);
  const out: T[][] = [];
  for (let i = 0; i + size <= items.length; i++) out.push(items.slice(i, i + size));
  return out;
}

/** `v.chunks(n)`: n at a time, the last chunk shorter when n does not divide the length. */
export function chunks<T>(items: readonly T[], size: number, location = ''): T[][] {
  if (size === 0) panic('chunk size must be non-zero', location);
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** `v.chunks_exact(n)`: n at a time; the items left over (`remainder()`) are not in any chunk. */
export function chunksExact<T>(items: readonly T[], size: number, location = ''): T[][] & { remainder(): T[] } {
  const exact = chunks(items, size, location).filter((chunk) => chunk.length === size);
  const rest = items.slice(exact.length * size);
  return Object.assign(exact, { remainder: () => rest });
}

/** `slices.join(&sep)`: the slices one after another, the separator (an item, or a slice of them) between. */
export function joinSlices<T>(slices: readonly (readonly T[])[], separator: T | readonly T[], bySlice = false): T[] {
  const between = bySlice ? (separator as readonly T[]) : [separator as T];
  return slices.flatMap((slice, i) => (i === 0 ? [...slice] : [...between, ...slice]));
}

/** `v.rchunks(n)`: n at a time from the end, the last chunk (the front of v) shorter. */
export function rchunks<T>(items: readonly T[], size: number, location = ''): T[][] {
  if (size === 0) panic('chunk size must be non-zero', location);
  const out: T[][] = [];
  for (let end = items.length; end > 0; end -= size) out.push(items.slice(Math.max(0, end - size), end));
  return out;
}

/** `&mut v[start..end]`: an array whose reads and writes are `items`' own (sorting it sorts that part of `items`). */
export function sliceMut<T>(items: T[], start: number, end: number): T[] {
  const slot = (key: string | symbol) => (typeof key === 'string' && /^\d+$/.test(key) ? start + Number(key) : -1);
  return new Proxy(items.slice(start, end), {
    get: (view, key, receiver) => (slot(key) >= 0 ? items[slot(key)] : Reflect.get(view, key, receiver)),
    set: (view, key, value: T, receiver) => {
      if (slot(key) < 0) return Reflect.set(view, key, value, receiver);
      items[slot(key)] = value;
      return true;
    },
  });
}

/** `v.chunks_mut(n)`: as chunks, each a view that writes into v. */
export function chunksMut<T>(items: T[], size: number, location = ''): T[][] {
  if (size === 0) panic('chunk size must be non-zero', location);
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(sliceMut(items, i, Math.min(i + size, items.length)));
  return out;
}

/** `v.split_at_mut(mid)`: the two sides, views that write into v. */
export function splitAtMut<T>(items: T[], mid: number, location = ''): [T[], T[]] {
  if (mid > items.length) panic('mid > len', location);
  return [sliceMut(items, 0, mid), sliceMut(items, mid, items.length)];
}

/** `v.dedup()`: removes each item equal to the one before it. */
export function dedup<T>(items: T[], same: (a: T, b: T) => boolean): void {
  let kept = 0;
  for (let i = 0; i < items.length; i++)
    if (kept === 0 || !same(items[i]!, items[kept - 1]!)) items[kept++] = items[i]!;
  items.length = kept;
}

/**
 * `v.binary_search_by(f)` on a sorted slice: Ok(index of a match) or Err(where it would go). With
 * equal items, the index Rust's std picks: it halves the range the same way.
 */
export function binarySearchBy<T>(items: readonly T[], order: (item: T) => number): Result<number, number> {
  let size = items.length;
  if (size === 0) return new Err(0);
  let base = 0;
  while (size > 1) {
    const half = Math.floor(size / 2);
    if (order(items[base + half]!) <= 0) base += half;
    size -= half;
  }
  const last = order(items[base]!);
  return last === 0 ? new Ok(base) : new Err(base + (last < 0 ? 1 : 0));
}

/** `v.drain(start..end)`: the items in the range leave v, in order. */
export function drain<T>(items: T[], start: number, end = items.length): T[] {
  return items.splice(start, end - start);
}

/** `v.split_off(at)`: the items from `at` on leave v for a new Vec. */
export function splitOff<T>(items: T[], at: number, location = ''): T[] {
  if (at > items.length) panic(`\`at\` split index (is ${at}) should be <= len (is ${items.length})`, location);
  return items.splice(at);
}

/** `map.retain(|k, v| keep)`: removes the entries the closure does not keep. */
export function retainMap<K, V>(map: Map<K, V>, keep: (key: K, value: V) => boolean): void {
  for (const [key, value] of [...map]) if (!keep(key, value)) map.delete(key);
}
