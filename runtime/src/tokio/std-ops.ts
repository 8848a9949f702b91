import { f64 } from '../fmt/rust.js';

// Arithmetic on a value of a type parameter (`fn dot<T: Mul<Output = T> + Add<Output = T>>`):
// numbers and bigints use JavaScript's operators, a struct its operator methods (`impl Add for
// Vec2`: `add`). A type parameter's `Default::default()` is `undefined` here (the translator
// cannot know T), which these take as zero: `fold(T::default(), |a, b| a + b)` sums.

type Operand = { [method: string]: (other?: unknown) => unknown };

function operate<T>(method: string, a: T, b: T, js: (x: number, y: number) => number): T {
  if (a === undefined) return b;
  if (b === undefined) return a;
  if (typeof a === 'object' && a !== null) return (a as unknown as Operand)[method]!(b) as T;
  return js(a as number, b as number) as T;
}

/** `a + b` of a type parameter. */
export function add<T>(a: T, b: T): T {
  return operate('add', a, b, (x, y) => x + y);
}

/** `a - b` of a type parameter. */
export function sub<T>(a: T, b: T): T {
  if (a === undefined && typeof b !== 'object') return neg(b);
  return operate('sub', a, b, (x, y) => x - y);
}

/** `a * b` of a type parameter (by a value of its own type, or the struct's scalar). */
export function mul<T, U = T>(a: T, b: U): T {
  if (typeof a === 'object' && a !== null) return (a as unknown as Operand)['mul']!(b) as T;
  return ((a as number) * (b as number)) as T;
}

/** `a / b` of a type parameter: a float division (an integer T cannot be told apart here). */
export function div<T, U = T>(a: T, b: U): T {
  if (typeof a === 'object' && a !== null) return (a as unknown as Operand)['div']!(b) as T;
  if (typeof a === 'bigint') return ((a as bigint) / (b as bigint)) as T;
  return ((a as number) / (b as number)) as T;
}

/** `a % b` of a type parameter. */
export function rem<T, U = T>(a: T, b: U): T {
  if (typeof a === 'object' && a !== null) return (a as unknown as Operand)['rem']!(b) as T;
  return ((a as number) % (b as number)) as T;
}

/** `-a` of a type parameter. */
export function neg<T>(a: T): T {
  if (typeof a === 'object' && a !== null) return (a as unknown as Operand)['neg']!() as T;
  return -(a as number) as T;
}

/** `T::default()` (or a derived Default's field of type T): nothing to know it from, so `undefined`, which `add` takes as zero. */
export function defaultOf<T>(): T {
  return undefined as T;
}

/**
 * `{}` of a generic struct whose type parameter is f64 (`Vec2<f64>`): a copy whose fields of that
 * type print as floats (`2.00` with `{:.2}`), as its `impl Display` prints them in Rust; a
 * number alone does not say whether it is an integer or a whole f64.
 */
export function floatFields<T extends object>(value: T, fields: readonly string[]): T {
  const copy = Object.assign(Object.create(Object.getPrototypeOf(value) as object) as T, value);
  for (const name of fields) {
    const v = (copy as Record<string, unknown>)[name];
    if (typeof v === 'number') (copy as Record<string, unknown>)[name] = f64(v);
  }
  return copy;
}
