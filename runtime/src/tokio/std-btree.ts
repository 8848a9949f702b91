// BTreeMap's ends (`first_key_value`, `pop_last`, `split_off`) and the set algebra of HashSet and
// BTreeSet (`intersection`, `union`, `&a - &b`, `is_subset`). Iterators are arrays in translated
// code, so the set methods give arrays; a BTreeSet's come in order, as Rust's do.
import { BTreeSet, HashSet } from './std-hash.js';
import { cmp } from './std-cmp.js';
import type { Option } from './result.js';

/** `map.first_key_value()` / `set.first()`: the smallest entry, if any. */
export function firstOf<T>(items: Iterable<T>): Option<T> {
  for (const item of items) return item;
  return undefined;
}

/** `map.last_key_value()` / `set.last()`: the largest entry, if any. */
export function lastOf<T>(items: Iterable<T>): Option<T> {
  let last: Option<T> = undefined;
  for (const item of items) last = item;
  return last;
}

/** `map.pop_first()` / `map.pop_last()`: that end's entry, taken out of the map. */
export function popMapEnd<K, V>(map: Map<K, V>, end: 'first' | 'last'): Option<[K, V]> {
  const entry = end === 'first' ? firstOf(map) : lastOf(map);
  if (entry !== undefined) map.delete(entry[0]);
  return entry;
}

/** `set.pop_first()` / `set.pop_last()`. */
export function popSetEnd<T>(set: Set<T>, end: 'first' | 'last'): Option<T> {
  const found = end === 'first' ? firstOf(set) : lastOf(set);
  if (found !== undefined) set.delete(found);
  return found;
}

/** `map.remove_entry(&k)`: the key and value taken out, if the key was there. */
export function removeEntry<K, V>(map: Map<K, V>, key: K): Option<[K, V]> {
  if (!map.has(key)) return undefined;
  const value = map.get(key) as V;
  map.delete(key);
  return [key, value];
}

/** `map.split_off(&k)`: the entries with keys from k on move to the map returned. */
export function splitOffKeys<K, V>(map: Map<K, V>, key: K): Map<K, V> {
  const moved = [...map].filter(([k]) => cmp(k, key) >= 0);
  for (const [k] of moved) map.delete(k);
  return new (map.constructor as new (entries: [K, V][]) => Map<K, V>)(moved);
}

/** `set.split_off(&v)`: the values from v on move to the set returned. */
export function splitOffValues<T>(set: Set<T>, value: T): Set<T> {
  const moved = [...set].filter((v) => cmp(v, value) >= 0);
  for (const v of moved) set.delete(v);
  return sameKind(set, moved);
}

/** In order for a BTreeSet (Rust merges its two sorted sides); a HashSet's order is its own. */
function inSetOrder<T>(set: Set<T>, values: T[]): T[] {
  return set instanceof BTreeSet ? values.sort(cmp) : values;
}

/** The other side as a set: an argument written `&xs.collect()` may come as the array it collected. */
function asSet<T>(values: Iterable<T>): Set<T> {
  return values instanceof Set ? values : new HashSet(values);
}

export function intersection<T>(a: Set<T>, b: Iterable<T>): T[] {
  const other = asSet(b);
  return [...a].filter((v) => other.has(v));
}

export function difference<T>(a: Iterable<T>, b: Iterable<T>): T[] {
  const other = asSet(b);
  return [...a].filter((v) => !other.has(v));
}

export function union<T>(a: Set<T>, b: Iterable<T>): T[] {
  return inSetOrder(a, [...a, ...difference(b, a)]);
}

export function symmetricDifference<T>(a: Set<T>, b: Iterable<T>): T[] {
  return inSetOrder(a, [...difference(a, b), ...difference(b, a)]);
}

export function isSubset<T>(a: Iterable<T>, b: Iterable<T>): boolean {
  return difference(a, b).length === 0;
}

export function isDisjoint<T>(a: Set<T>, b: Iterable<T>): boolean {
  return intersection(a, b).length === 0;
}

/** A new set of `like`'s kind (BTreeSet or HashSet) holding `values`. */
function sameKind<T>(like: Set<T>, values: T[]): Set<T> {
  return like instanceof BTreeSet ? new BTreeSet(values) : new HashSet(values);
}

/** `&a - &b`, `&a | &b`, `&a & &b`, `&a ^ &b`: a new set of a's kind. */
export function setOperator<T>(a: Set<T>, op: '-' | '|' | '&' | '^', b: Set<T>): Set<T> {
  const of = { '-': difference, '|': union, '&': intersection, '^': symmetricDifference }[op];
  return sameKind(a, of(a, b));
}
