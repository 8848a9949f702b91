// Slice and map methods that JavaScript's arrays and Maps lack: `windows`, `chunks`,
// `chunks_exact`, `rchunks`, and HashMap's `retain`. Iterators are arrays in translated code,
// so each gives an array of copies (Rust gives borrowed sub-slices).
import { panic } from './panic.js';

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
export function chunksExact<T>(items: readonly T[], size: number, location = ''): T[][] {
  return chunks(items, size, location).filter((chunk) => chunk.length === size);
}

/** `v.rchunks(n)`: n at a time from the end, the last chunk (the front of v) shorter. */
export function rchunks<T>(items: readonly T[], size: number, location = ''): T[][] {
  if (size === 0) panic('chunk size must be non-zero', location);
  const out: T[][] = [];
  for (let end = items.length; end > 0; end -= size) out.push(items.slice(Math.max(0, end - size), end));
  return out;
}

/** `map.retain(|k, v| keep)`: removes the entries the closure does not keep. */
export function retainMap<K, V>(map: Map<K, V>, keep: (key: K, value: V) => boolean): void {
  for (const [key, value] of [...map]) if (!keep(key, value)) map.delete(key);
}
