import { debugString, RUST_DEBUG, type RustDebugValue } from '../fmt/rust.js';
import { RustPanic } from './panic.js';

/**
 * Rust's Result as two small classes. `Ok(())` is the shared OK, so a send that succeeds
 * allocates nothing. Option<T> is `T | undefined` (None is undefined); the unit value `()`
 * is `null`, so Option<()> still tells Some(()) (null) from None (undefined). A nested
 * Option<Option<T>> is not representable this way: the translator reports it.
 */
export type Result<T, E> = Ok<T> | Err<E>;
export type Option<T> = T | undefined;
export type Unit = null;

export class Ok<T> {
  constructor(readonly value: T) {}

  isOk(): this is Ok<T> {
    return true;
  }

  isErr(): false {
    return false;
  }

  unwrap(_location?: string): T {
    return this.value;
  }

  expect(_message: string, _location?: string): T {
    return this.value;
  }

  unwrapErr(location?: string): never {
    throw new RustPanic(`called \`Result::unwrap_err()\` on an \`Ok\` value: ${debugOf(this.value)}`, location);
  }

  expectErr(message: string, location?: string): never {
    throw new RustPanic(`${message}: ${debugOf(this.value)}`, location);
  }

  unwrapOr(_fallback: T): T {
    return this.value;
  }

  unwrapOrElse(_fallback: (error: never) => T): T {
    return this.value;
  }

  map<U>(f: (value: T) => U): Ok<U> {
    return new Ok(f(this.value));
  }

  /** An Ok is left as it is: `f` is for an Err. */
  mapErr(_f?: (error: never) => unknown): this {
    return this;
  }

  andThen<U, F>(f: (value: T) => Result<U, F>): Result<U, F> {
    return f(this.value);
  }

  orElse(_f: (error: never) => unknown): this {
    return this;
  }

  and<R>(other: R): R {
    return other;
  }

  or(_other: unknown): this {
    return this;
  }

  isOkAnd(f: (value: T) => boolean): boolean {
    return f(this.value);
  }

  isErrAnd(_f: (error: never) => boolean): false {
    return false;
  }

  inspect(f: (value: T) => void): this {
    f(this.value);
    return this;
  }

  inspectErr(_f: (error: never) => void): this {
    return this;
  }

  /** `.ok()`: Some(value). */
  ok(): Option<T> {
    return this.value;
  }

  err(): undefined {
    return undefined;
  }

  [RUST_DEBUG](): RustDebugValue {
    return { kind: 'tuple-struct', name: 'Ok', fields: [this.value] };
  }
}

export class Err<E> {
  constructor(readonly error: E) {}

  isOk(): false {
    return false;
  }

  isErr(): this is Err<E> {
    return true;
  }

  /** Panics as Rust does; `location` is where the translator found the call (`src/main.rs:9:30`). */
  unwrap(location?: string): never {
    throw new RustPanic(`called \`Result::unwrap()\` on an \`Err\` value: ${debugOf(this.error)}`, location);
  }

  expect(message: string, location?: string): never {
    throw new RustPanic(`${message}: ${debugOf(this.error)}`, location);
  }

  unwrapErr(_location?: string): E {
    return this.error;
  }

  expectErr(_message: string, _location?: string): E {
    return this.error;
  }

  unwrapOr<T>(fallback: T): T {
    return fallback;
  }

  unwrapOrElse<T>(fallback: (error: E) => T): T {
    return fallback(this.error);
  }

  /** An Err is left as it is: `f` is for an Ok. */
  map(_f?: (value: never) => unknown): this {
    return this;
  }

  mapErr<F>(f: (error: E) => F): Err<F> {
    return new Err(f(this.error));
  }

  andThen(_f: (value: never) => unknown): this {
    return this;
  }

  orElse<T, F>(f: (error: E) => Result<T, F>): Result<T, F> {
    return f(this.error);
  }

  and(_other: unknown): this {
    return this;
  }

  or<R>(other: R): R {
    return other;
  }

  isOkAnd(_f: (value: never) => boolean): false {
    return false;
  }

  isErrAnd(f: (error: E) => boolean): boolean {
    return f(this.error);
  }

  inspect(_f: (value: never) => void): this {
    return this;
  }

  inspectErr(f: (error: E) => void): this {
    f(this.error);
    return this;
  }

  ok(): undefined {
    return undefined;
  }

  err(): Option<E> {
    return this.error;
  }

  [RUST_DEBUG](): RustDebugValue {
    return { kind: 'tuple-struct', name: 'Err', fields: [this.error] };
  }
}

/** `Ok(())` */
export const OK: Ok<Unit> = new Ok(null);

/** `Option::unwrap`: the value, or a panic with Rust's message. */
export function unwrap<T>(option: Option<T>, location?: string): T {
  if (option === undefined) throw new RustPanic('called `Option::unwrap()` on a `None` value', location);
  return option;
}

/** `Option::expect` */
export function expect<T>(option: Option<T>, message: string, location?: string): T {
  if (option === undefined) throw new RustPanic(message, location);
  return option;
}

function debugOf(value: unknown): string {
  return debugString(value);
}
