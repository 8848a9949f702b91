/**
 * Go's `maps` (Go 1.21+; Keys, Values, All and Collect of 1.23 give and take JavaScript
 * iterables). Maps are Maps here, nil is null; Go's order of keys is random, this one is
 * insertion order.
 */
import { equal as goEqual } from './builtins.js';
import { pairsOf, valuesOf, type Pairs, type Values } from './iter-seq.js';

type GoMap<K, V> = ReadonlyMap<K, V> | null;

export function keys<K, V>(m: GoMap<K, V>): Values<K> {
  return valuesOf(() => m?.keys() ?? []);
}

export function values<K, V>(m: GoMap<K, V>): Values<V> {
  return valuesOf(() => m?.values() ?? []);
}

export function all<K, V>(m: GoMap<K, V>): Pairs<K, V> {
  return pairsOf(() => m?.entries() ?? []);
}

export function collect<K, V>(seq: Iterable<[K, V]>): Map<K, V> {
  return new Map(seq);
}

export function insert<K, V>(m: Map<K, V>, seq: Iterable<[K, V]>): void {
  for (const [k, v] of seq) m.set(k, v);
}

export function clone<K, V>(m: GoMap<K, V>): Map<K, V> | null {
  return m === null ? null : new Map(m);
}

/** `maps.Copy(dst, src)`: every entry of src into dst. */
export function copy<K, V>(dst: Map<K, V>, src: GoMap<K, V>): void {
  for (const [k, v] of src ?? []) dst.set(k, v);
}

export function deleteFunc<K, V>(m: Map<K, V> | null, del: (k: K, v: V) => boolean): void {
  for (const [k, v] of m ?? []) if (del(k, v)) m!.delete(k);
}

export function equal<K, V>(a: GoMap<K, V>, b: GoMap<K, V>): boolean {
  return equalFunc(a, b, goEqual);
}

export function equalFunc<K, V1, V2>(a: GoMap<K, V1>, b: GoMap<K, V2>, eq: (x: V1, y: V2) => boolean): boolean {
  const x = a ?? new Map<K, V1>();
  const y = b ?? new Map<K, V2>();
  if (x.size !== y.size) return false;
  for (const [k, v] of x) if (!y.has(k) || !eq(v, y.get(k)!)) return false;
  return true;
}
