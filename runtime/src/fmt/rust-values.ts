// How translated Rust values that JavaScript cannot tell apart are marked for formatting, and
// the protocol by which any object describes its own `{:?}` output.

/** A Rust f64, so that an integral value still prints as a float (`{:?}` of 3.0 is `3.0`). */
export class F64 {
  constructor(readonly value: number) {}
}

export function f64(x: number): F64 {
  return new F64(x);
}

/** A Rust char: one Unicode scalar value. */
export class Char {
  constructor(readonly codePoint: number) {
    if (!isScalarValue(codePoint)) throw new RangeError(`not a Unicode scalar value: ${codePoint}`);
  }

  toString(): string {
    return String.fromCodePoint(this.codePoint);
  }
}

/** `char('a')` or `char(0x61)`. */
export function char(c: string | number): Char {
  if (typeof c === 'number') return new Char(c);
  const codePoints = [...c];
  if (codePoints.length !== 1) throw new RangeError(`a char is exactly one code point, not ${JSON.stringify(c)}`);
  return new Char(codePoints[0].codePointAt(0)!);
}

function isScalarValue(n: number): boolean {
  return Number.isInteger(n) && n >= 0 && n <= 0x10ffff && (n < 0xd800 || n > 0xdfff);
}

/** A Rust tuple; `tuple()` is the unit value `()`, as null is. */
export class Tuple {
  constructor(readonly items: readonly unknown[]) {}
}

export function tuple(...items: unknown[]): Tuple {
  return new Tuple(items);
}

const TUPLE_ARRAY = Symbol.for('chan2ts.rustTupleArray');

/** A tuple kept as an array that knows it is one: `{:?}` where its type is lost (a generic `T`) still prints `(a, b)`. */
export function tupleValue<T extends unknown[] | []>(items: T): T {
  Object.defineProperty(items, TUPLE_ARRAY, { value: true });
  return items;
}

export function isTupleValue(items: readonly unknown[]): boolean {
  return TUPLE_ARRAY in items;
}

/** The method by which an object describes its Debug output (see RustDebugValue). */
export const RUST_DEBUG = Symbol.for('chan2ts.rustDebug');

/**
 * What an object's Debug output is made of, as Rust's `Formatter::debug_*` builders make it.
 * Nested values are formatted with the same flags (width, precision, `#`, `x?`), as in Rust.
 */
export type RustDebugValue =
  | { kind: 'struct'; name: string; fields: ReadonlyArray<readonly [string, unknown]> }
  | { kind: 'tuple-struct'; name: string; fields: readonly unknown[] }
  | { kind: 'unit'; name: string }
  | { kind: 'tuple'; items: readonly unknown[] }
  | { kind: 'list'; items: readonly unknown[] }
  | { kind: 'set'; items: readonly unknown[] }
  | { kind: 'map'; entries: ReadonlyArray<readonly [unknown, unknown]> }
  /** A hand-written `impl Debug` that writes this text (indented as a whole under `{:#?}`). */
  | { kind: 'text'; text: string };

export interface RustDebuggable {
  /** The value's Debug form; `precision` is the `{:.N?}` precision, for Debug impls that use it. */
  [RUST_DEBUG](precision?: number): RustDebugValue;
}

export function isRustDebuggable(value: object): value is RustDebuggable {
  return typeof (value as Partial<RustDebuggable>)[RUST_DEBUG] === 'function';
}

function describedAs(description: RustDebugValue): RustDebuggable {
  return { [RUST_DEBUG]: () => description };
}

/** `Name { field: value, .. }`: a struct, or an enum's struct variant (named without the enum). */
export function debugStruct(name: string, fields: ReadonlyArray<readonly [string, unknown]>): RustDebuggable {
  return describedAs({ kind: 'struct', name, fields });
}

/** `Name(value, ..)`: a tuple struct, or an enum's tuple variant. */
export function debugTuple(name: string, fields: readonly unknown[]): RustDebuggable {
  return describedAs({ kind: 'tuple-struct', name, fields });
}

/** `Name`: a unit struct, or an enum's unit variant. */
export function debugUnit(name: string): RustDebuggable {
  return describedAs({ kind: 'unit', name });
}

/** The output of a hand-written `impl Debug`. */
export function debugText(text: string): RustDebuggable {
  return describedAs({ kind: 'text', text });
}

/** `Some(value)`; `some(undefined)` prints `Some(None)`. */
export function some(value: unknown): RustDebuggable {
  return debugTuple('Some', [value]);
}

/** An Option<T> held as `T | undefined`, made printable: `Some(value)`, or `None` for undefined. */
export function option(value: unknown): RustDebuggable | undefined {
  return value === undefined ? undefined : some(value);
}

/** The Rust type a value stands for, as named in "doesn't implement" errors. */
export function rustTypeName(value: unknown): string {
  switch (typeof value) {
    case 'undefined':
      return 'Option<_>';
    case 'string':
      return '&str';
    case 'boolean':
      return 'bool';
    case 'bigint':
      return 'i64';
    case 'number':
      return Number.isInteger(value) ? 'i32' : 'f64';
    case 'object':
      return value === null ? '()' : objectTypeName(value);
    default:
      return typeof value;
  }
}

function objectTypeName(value: object): string {
  if (value instanceof F64) return 'f64';
  if (value instanceof Char) return 'char';
  if (value instanceof Tuple) return `(${value.items.map(rustTypeName).join(', ')})`;
  if (Array.isArray(value)) return 'Vec<_>';
  if (value instanceof Map) return 'HashMap<_, _>';
  if (value instanceof Set) return 'HashSet<_>';
  if (isRustDebuggable(value)) {
    const description = value[RUST_DEBUG]();
    if ('name' in description) return description.name;
  }
  return value.constructor?.name ?? 'Object';
}

/** The error for what rustc would reject: formatting a value with a trait its type lacks. */
export function missingTrait(value: unknown, trait: string): Error {
  return new Error(`\`${rustTypeName(value)}\` doesn't implement \`std::fmt::${trait}\``);
}
