// Option combinators for an Option held as `T | undefined`, and collect() into a Result or an
// Option; exported with the other helpers as `rs` (std-lib.ts).
import { Ok, type Option, type Result } from './result.js';

/** `collect::<Result<Vec<_>, _>>()`: the first Err, or Ok of every value. */
export function collectResult<T, E>(items: readonly Result<T, E>[]): Result<T[], E> {
  const values: T[] = [];
  for (const item of items) {
    if (item.isErr()) return item;
    values.push(item.value);
  }
  return new Ok(values);
}

/** `sum::<Result<T, E>>()` / `product`: the first Err, or Ok of the values combined. */
export function foldResults<T, E>(items: readonly Result<T, E>[], combine: (a: T, b: T) => T, start: T): Result<T, E> {
  const values = collectResult(items);
  return values.isErr() ? values : new Ok(values.value.reduce(combine, start));
}

/** `sum::<Option<T>>()` / `product`: None if any is None, else Some of the values combined. */
export function foldOptions<T>(items: readonly Option<T>[], combine: (a: T, b: T) => T, start: T): Option<T> {
  return collectOption(items)?.reduce(combine, start);
}

/** `iter.try_fold(init, f)` with f giving an Option: None at the first None, else Some of the total. */
export function tryFoldOption<T, A>(items: readonly T[], init: A, f: (acc: A, item: T) => Option<A>): Option<A> {
  let acc: Option<A> = init;
  for (const item of items) {
    acc = f(acc, item);
    if (acc === undefined) return undefined;
  }
  return acc;
}

/** `iter.try_fold(init, f)` with f giving a Result: the first Err, else Ok of the total. */
export function tryFoldResult<T, A, E>(
  items: readonly T[],
  init: A,
  f: (acc: A, item: T) => Result<A, E>,
): Result<A, E> {
  let acc = init;
  for (const item of items) {
    const next = f(acc, item);
    if (next.isErr()) return next;
    acc = next.value;
  }
  return new Ok(acc);
}

/** `collect::<Option<Vec<_>>>()`: None if any is None, else Some of every value. */
export function collectOption<T>(items: readonly Option<T>[]): Option<T[]> {
  return items.includes(undefined) ? undefined : (items as T[]);
}

/** `opt.map_or_else(default, f)`. */
export function mapOrElse<T, U>(value: Option<T>, fallback: () => U, f: (value: T) => U): U {
  return value === undefined ? fallback() : f(value);
}

/** `a.and(b)` of two Options: b when a is Some. */
export function optionAnd<T, U>(a: Option<T>, b: Option<U>): Option<U> {
  return a === undefined ? undefined : b;
}

/** `a.xor(b)` of two Options: the one that is Some, when only one is. */
export function optionXor<T>(a: Option<T>, b: Option<T>): Option<T> {
  if (a === undefined) return b;
  return b === undefined ? a : undefined;
}

/** `opt.inspect(f)`: calls f with the value, if any, and gives the Option back. */
export function inspectOption<T>(value: Option<T>, f: (value: T) => void): Option<T> {
  if (value !== undefined) f(value);
  return value;
}
