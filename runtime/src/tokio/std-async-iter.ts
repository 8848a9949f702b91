// Iterators whose values are waited for (a std receiver's `iter()` and `try_iter()`, stdin's
// `lines()`): Rust's adapters over them stay lazy here, so `rx.iter().take(3)` receives three
// values and no more, and a consumer awaits the values it needs.

/** What these adapters take: an asynchronous iterable, or a plain one (`try_iter` never waits). */
export type Values<T> = AsyncIterable<T> | Iterable<T>;

/** `iter.collect()` (and every consumer that needs all values): every value until the iterator ends. */
export async function collectAsync<T>(items: Values<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

/** `iter.next()`: the next value, None once the iterator has ended. */
export async function nextAsync<T>(items: AsyncIterator<T> | Iterator<T>): Promise<T | undefined> {
  const next = await items.next();
  return next.done ? undefined : next.value;
}

/** `iter.map(f)`; `f` may wait. */
export async function* mapValues<T, U>(items: Values<T>, f: (item: T) => U | Promise<U>): AsyncGenerator<U> {
  for await (const item of items) yield await f(item);
}

/** `iter.filter(f)`. */
export async function* filterValues<T>(items: Values<T>, f: (item: T) => boolean): AsyncGenerator<T> {
  for await (const item of items) if (f(item)) yield item;
}

/** `iter.enumerate()`. */
export async function* enumerateValues<T>(items: Values<T>): AsyncGenerator<[number, T]> {
  let i = 0;
  for await (const item of items) yield [i++, item];
}

/** `iter.take(n)`: stops after the n-th value without asking for another. */
export async function* takeValues<T>(items: Values<T>, n: number): AsyncGenerator<T> {
  if (n <= 0) return;
  let taken = 0;
  for await (const item of items) {
    yield item;
    if (++taken >= n) return;
  }
}

/** `iter.skip(n)`. */
export async function* skipValues<T>(items: Values<T>, n: number): AsyncGenerator<T> {
  let skipped = 0;
  for await (const item of items) if (skipped++ >= n) yield item;
}

/** `iter.take_while(f)`: the value that fails `f` is consumed, as in Rust. */
export async function* takeWhileValues<T>(items: Values<T>, f: (item: T) => boolean): AsyncGenerator<T> {
  for await (const item of items) {
    if (!f(item)) return;
    yield item;
  }
}
