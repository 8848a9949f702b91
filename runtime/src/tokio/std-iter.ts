// A lazy Rust iterator: what translated code uses where taking every value at once would differ
// from Rust (a struct's own `impl Iterator`, `-> impl Iterator`, cycle, peekable, scan). Each
// adapter pulls one value at a time from the one before, as Rust's do; the consumers stop as
// early as Rust's. A Vec's chains stay arrays where eager is the same.
//   Fib::new().take_while(|&x| x < 100).sum::<u64>()  -> rs.iter(Fib.new_()).takeWhile((x) => x < 100).sum(0)
import type { Option } from './result.js';
import { cmp } from './std-cmp.js';

/** What `rs.iter` accepts: an array or other JavaScript iterable, or a value with Rust's `next()`. */
export type IterSource<T> = Iterable<T> | { next(): Option<T> };

export class Iter<T> implements Iterable<T> {
  constructor(private readonly pull: () => Option<T>) {}

  next(): Option<T> {
    return this.pull();
  }

  *[Symbol.iterator](): Iterator<T> {
    for (let v = this.next(); v !== undefined; v = this.next()) yield v;
  }

  // Adapters: each gives a new lazy iterator.
  map<U>(f: (item: T) => U): Iter<U> {
    return new Iter(() => {
      const v = this.next();
      return v === undefined ? undefined : f(v);
    });
  }

  filter(keep: (item: T) => boolean): Iter<T> {
    return new Iter(() => {
      for (let v = this.next(); v !== undefined; v = this.next()) if (keep(v)) return v;
      return undefined;
    });
  }

  filterMap<U>(f: (item: T) => Option<U>): Iter<U> {
    return this.map(f).filter((v) => v !== undefined) as Iter<U>;
  }

  flatMap<U>(f: (item: T) => IterSource<U>): Iter<U> {
    let inner: Iter<U> | undefined;
    return new Iter(() => {
      for (;;) {
        const v = inner?.next();
        if (v !== undefined) return v;
        const outer = this.next();
        if (outer === undefined) return undefined;
        inner = iter(f(outer));
      }
    });
  }

  flatten<U>(this: Iter<IterSource<U>>): Iter<U> {
    return this.flatMap((v) => v);
  }

  inspect(f: (item: T) => void): Iter<T> {
    return this.map((v) => (f(v), v));
  }

  enumerate(): Iter<[number, T]> {
    let i = 0;
    return this.map((v) => [i++, v]);
  }

  zip<U>(other: IterSource<U>): Iter<[T, U]> {
    const right = iter(other);
    return new Iter(() => {
      const a = this.next();
      if (a === undefined) return undefined;
      const b = right.next();
      return b === undefined ? undefined : [a, b];
    });
  }

  chain(other: IterSource<T>): Iter<T> {
    const second = iter(other);
    let first: Iter<T> | null = this;
    return new Iter(() => {
      const v = first?.next();
      if (v !== undefined) return v;
      first = null;
      return second.next();
    });
  }

  take(n: number): Iter<T> {
    let left = n;
    return new Iter(() => (left > 0 ? (left--, this.next()) : undefined));
  }

  skip(n: number): Iter<T> {
    let left = n;
    return new Iter(() => {
      while (left > 0) {
        left--;
        if (this.next() === undefined) return undefined;
      }
      return this.next();
    });
  }

  takeWhile(keep: (item: T) => boolean): Iter<T> {
    let done = false;
    return new Iter(() => {
      if (done) return undefined;
      const v = this.next();
      if (v !== undefined && keep(v)) return v;
      done = true;
      return undefined;
    });
  }

  skipWhile(skip: (item: T) => boolean): Iter<T> {
    let skipping = true;
    return new Iter(() => {
      for (let v = this.next(); v !== undefined; v = this.next()) {
        if (skipping && skip(v)) continue;
        skipping = false;
        return v;
      }
      return undefined;
    });
  }

  mapWhile<U>(f: (item: T) => Option<U>): Iter<U> {
    return this.map(f).takeWhile((v) => v !== undefined) as Iter<U>;
  }

  /** `step_by(n)`: the first item, then every n-th. */
  stepBy(n: number): Iter<T> {
    let first = true;
    return new Iter(() => {
      if (first) {
        first = false;
        return this.next();
      }
      return this.nth(n - 1);
    });
  }

  /** `scan(init, |state, item| ..)`: the closure gets the state as a `Ref` (Rust's `&mut`). */
  scan<S, U>(init: S, f: (state: { value: S }, item: T) => Option<U>): Iter<U> {
    const state = { value: init };
    let done = false;
    return new Iter(() => {
      if (done) return undefined;
      const v = this.next();
      const out = v === undefined ? undefined : f(state, v);
      if (out === undefined) done = true;
      return out;
    });
  }

  /** `cycle()`: the items again and again (what was seen is kept, as Rust clones the iterator). */
  cycle(): Iter<T> {
    const seen: T[] = [];
    let i = -1;
    return new Iter(() => {
      if (i < 0) {
        const v = this.next();
        if (v !== undefined) return (seen.push(v), v);
        if (seen.length === 0) return undefined;
        i = 0;
      }
      return seen[i++ % seen.length];
    });
  }

  fuse(): Iter<T> {
    return this.takeWhile(() => true);
  }

  peekable(): Peekable<T> {
    return new Peekable(this);
  }

  /** `rev()`: Rust's double-ended iterators end; reading them all first is the same. */
  rev(): Iter<T> {
    return iter(this.collect().reverse());
  }

  // Consumers.
  collect(): T[] {
    return [...this];
  }

  count(): number {
    let n = 0;
    while (this.next() !== undefined) n++;
    return n;
  }

  last(): Option<T> {
    let last: Option<T>;
    for (let v = this.next(); v !== undefined; v = this.next()) last = v;
    return last;
  }

  nth(n: number): Option<T> {
    for (let i = 0; i < n; i++) if (this.next() === undefined) return undefined;
    return this.next();
  }

  fold<A>(init: A, f: (acc: A, item: T) => A): A {
    let acc = init;
    for (let v = this.next(); v !== undefined; v = this.next()) acc = f(acc, v);
    return acc;
  }

  forEach(f: (item: T) => void): void {
    for (let v = this.next(); v !== undefined; v = this.next()) f(v);
  }

  find(f: (item: T) => boolean): Option<T> {
    for (let v = this.next(); v !== undefined; v = this.next()) if (f(v)) return v;
    return undefined;
  }

  findMap<U>(f: (item: T) => Option<U>): Option<U> {
    return this.filterMap(f).next();
  }

  position(f: (item: T) => boolean): Option<number> {
    let i = 0;
    for (let v = this.next(); v !== undefined; v = this.next(), i++) if (f(v)) return i;
    return undefined;
  }

  any(f: (item: T) => boolean): boolean {
    return this.find(f) !== undefined;
  }

  all(f: (item: T) => boolean): boolean {
    return this.find((v) => !f(v)) === undefined;
  }

  /** `max_by(|a, b| ..)`: the last of the greatest, as Rust's. */
  maxBy(order: (a: T, b: T) => number): Option<T> {
    return this.fold<Option<T>>(undefined, (best, v) => (best === undefined || order(v, best) >= 0 ? v : best));
  }

  /** `min_by(|a, b| ..)`: the first of the least, as Rust's. */
  minBy(order: (a: T, b: T) => number): Option<T> {
    return this.fold<Option<T>>(undefined, (best, v) => (best === undefined || order(v, best) < 0 ? v : best));
  }

  max(): Option<T> {
    return this.maxBy(cmp);
  }

  min(): Option<T> {
    return this.minBy(cmp);
  }

  maxByKey(key: (item: T) => unknown): Option<T> {
    return this.maxBy((a, b) => cmp(key(a), key(b)));
  }

  minByKey(key: (item: T) => unknown): Option<T> {
    return this.minBy((a, b) => cmp(key(a), key(b)));
  }

  partition(keep: (item: T) => boolean): [T[], T[]] {
    const yes: T[] = [];
    const no: T[] = [];
    for (let v = this.next(); v !== undefined; v = this.next()) (keep(v) ? yes : no).push(v);
    return [yes, no];
  }

  unzip<A, B>(this: Iter<readonly [A, B]>): [A[], B[]] {
    const a: A[] = [];
    const b: B[] = [];
    for (let v = this.next(); v !== undefined; v = this.next()) (a.push(v[0]), b.push(v[1]));
    return [a, b];
  }
}

/** `iter.peekable()`: `peek()` looks at the next item without taking it. */
export class Peekable<T> extends Iter<T> {
  private peeked: { value: Option<T> } | null = null;

  constructor(source: Iter<T>) {
    super(() => source.next());
  }

  override next(): Option<T> {
    if (!this.peeked) return super.next();
    const v = this.peeked.value;
    this.peeked = null;
    return v;
  }

  peek(): Option<T> {
    this.peeked ??= { value: super.next() };
    return this.peeked.value;
  }

  nextIf(f: (item: T) => boolean): Option<T> {
    const v = this.peek();
    return v !== undefined && f(v) ? this.next() : undefined;
  }
}

/** A lazy iterator over an array, a JavaScript iterable or a value with Rust's `next()` (or the method given). */
export function iter<T>(source: IterSource<T>): Iter<T>;
export function iter<S, T>(source: S, next: (source: S) => Option<T>): Iter<T>;
export function iter<T>(source: IterSource<T>, next?: (source: unknown) => Option<T>): Iter<T> {
  if (next) return new Iter(() => next(source));
  if (source instanceof Iter) return source;
  if (Symbol.iterator in source) {
    const it = source[Symbol.iterator]();
    return new Iter(() => {
      const r = it.next();
      return r.done ? undefined : r.value;
    });
  }
  return new Iter(() => source.next());
}

/** `std::iter::from_fn(f)`: each `next()` calls f, until it gives None. */
export function fromFn<T>(next: () => Option<T>): Iter<T> {
  return new Iter(next);
}

/** `std::iter::successors(first, f)`: first, then f of each item, until None; f runs as its item is taken. */
export function successors<T>(first: Option<T>, following: (item: T) => Option<T>): Iter<T> {
  let upcoming = first;
  return new Iter(() => {
    const item = upcoming;
    if (item !== undefined) upcoming = following(item);
    return item;
  });
}
