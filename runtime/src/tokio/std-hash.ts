// HashMap, HashSet and BTreeSet keyed by value, as Rust's are: two structs, tuples or enum values
// that are equal by #[derive(PartialEq, Eq, Hash)] are one key, where a JavaScript Map or Set
// tells objects apart by identity. Numbers, strings and booleans are keys as they are; an object
// key is found through its text (`keyText`), and the first key stored stays the key (Rust's
// `insert` keeps the old key and replaces the value).
import { cmp } from './std-cmp.js';

/** A value's identity as a key: equal text for values Rust's derived Eq finds equal. */
export function keyText(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
      return Object.is(value, -0) ? '0' : String(value);
    case 'bigint':
      return `${value}n`;
    case 'boolean':
      return String(value);
    case 'undefined':
      return 'None';
    case 'object': {
      if (value === null) return '()';
      if (Array.isArray(value)) return `[${value.map(keyText).join(',')}]`;
      if (value instanceof Map) return `{${[...value].map(([k, v]) => `${keyText(k)}:${keyText(v)}`).join(',')}}`;
      if (value instanceof Set) return `{${[...value].map(keyText).join(',')}}`;
      const name = (value.constructor as { name?: string } | undefined)?.name ?? '';
      // An enum value's fields are in the order its literal wrote them (`Rect { h: 3, w: 2 }`).
      const keys = Object.getPrototypeOf(value) === Object.prototype ? Object.keys(value).sort() : Object.keys(value);
      const fields = keys.map((k) => `${k}:${keyText((value as Record<string, unknown>)[k])}`);
      return `${name}{${fields.join(',')}}`;
    }
    default:
      return String(value);
  }
}

const isObject = (value: unknown): value is object => typeof value === 'object' && value !== null;

/**
 * `HashMap<K, V>`: a Map whose object keys (structs, tuples, enum values) are equal by value.
 * Made without entries or types (`new rs.HashMap()`), it is a `HashMap<any, any>`, as `new Map()` is.
 */
export class HashMap<K = any, V = any> extends Map<K, V> {
  /** The stored key of each object key, by its text. */
  private readonly objectKeys = new Map<string, K>();

  constructor(entries?: Iterable<readonly [K, V]> | null) {
    super();
    if (entries) for (const [k, v] of entries) this.set(k, v);
  }

  /** The key this map stores for `key`: the first one equal to it, or `key` itself. */
  private stored(key: K): K {
    return isObject(key) ? (this.objectKeys.get(keyText(key)) ?? key) : key;
  }

  override get(key: K): V | undefined {
    return super.get(this.stored(key));
  }

  override has(key: K): boolean {
    return super.has(this.stored(key));
  }

  override set(key: K, value: V): this {
    if (isObject(key)) {
      const text = keyText(key);
      const stored = this.objectKeys.get(text);
      if (stored !== undefined) return super.set(stored, value);
      this.objectKeys.set(text, key);
    }
    return super.set(key, value);
  }

  override delete(key: K): boolean {
    if (!isObject(key)) return super.delete(key);
    const text = keyText(key);
    const stored = this.objectKeys.get(text);
    if (stored === undefined) return false;
    this.objectKeys.delete(text);
    return super.delete(stored);
  }

  override clear(): void {
    this.objectKeys.clear();
    super.clear();
  }
}

/** `HashSet<T>`: a Set whose objects (structs, tuples, enum values) are equal by value. */
export class HashSet<T = any> extends Set<T> {
  private readonly objectValues = new Map<string, T>();

  constructor(values?: Iterable<T> | null) {
    super();
    if (values) for (const v of values) this.add(v);
  }

  override add(value: T): this {
    if (isObject(value)) {
      const text = keyText(value);
      if (this.objectValues.has(text)) return this;
      this.objectValues.set(text, value);
    }
    return super.add(value);
  }

  override has(value: T): boolean {
    return isObject(value) ? this.objectValues.has(keyText(value)) : super.has(value);
  }

  override delete(value: T): boolean {
    if (!isObject(value)) return super.delete(value);
    const text = keyText(value);
    const stored = this.objectValues.get(text);
    if (stored === undefined) return false;
    this.objectValues.delete(text);
    return super.delete(stored);
  }

  override clear(): void {
    this.objectValues.clear();
    super.clear();
  }
}

/** `BTreeSet<T>`: a HashSet that iterates (and prints) in order. */
export class BTreeSet<T = any> extends HashSet<T> {
  override [Symbol.iterator](): SetIterator<T> {
    return this.values();
  }
  override values(): SetIterator<T> {
    return this.sorted()[Symbol.iterator]() as SetIterator<T>;
  }
  override keys(): SetIterator<T> {
    return this.values();
  }
  override entries(): SetIterator<[T, T]> {
    return this.sorted()
      .map((v): [T, T] => [v, v])
      [Symbol.iterator]() as SetIterator<[T, T]>;
  }
  override forEach(f: (value: T, key: T, set: Set<T>) => void): void {
    for (const v of this.sorted()) f(v, v, this);
  }
  private sorted(): T[] {
    return [...super.values()].sort(cmp);
  }
}

/** `set.insert(v)` whose value is used: whether `v` was new (a value already there stays). */
export function insertNew<T>(set: Set<T>, value: T): boolean {
  if (set.has(value)) return false;
  set.add(value);
  return true;
}
