// std::cmp: `Ord::cmp` and `PartialOrd::partial_cmp` as comparator results (an `Ordering` is
// -1, 0 or 1, what `Array.prototype.sort` takes), Ordering's Debug form, and `Reverse`.
import { debugTuple, debugUnit, RUST_DEBUG, type RustDebuggable, type RustDebugValue } from '../fmt/rust.js';
import type { Option } from './result.js';

/** `std::cmp::Reverse(v)`: orders the other way round. */
export class Reverse<T> implements RustDebuggable {
  constructor(readonly value: T) {}

  /** `r.0` and the pattern `Reverse(v)`. */
  get 0(): T {
    return this.value;
  }

  [RUST_DEBUG](): RustDebugValue {
    return debugTuple('Reverse', [this.value])[RUST_DEBUG]();
  }
}

/** An enum deriving PartialOrd: the place of each variant, and its fields in declaration order. */
type VariantOrder = ReadonlyMap<string, { index: number; fields: readonly string[] }>;

const enumOrders: VariantOrder[] = [];

/**
 * `#[derive(PartialOrd, Ord)]` on an enum: values order by variant (as declared), then by the
 * variant's fields. Enum values are plain objects (`{ kind: 'Mid', 0: 9 }`), which say nothing
 * of their enum's order, so the program declares it: `rs.deriveOrd({ Low: [], Mid: [0], High: ['boost'] })`.
 */
export function deriveOrd(variants: Record<string, readonly (string | number)[]>): void {
  enumOrders.push(
    new Map(Object.entries(variants).map(([kind, fields], index) => [kind, { index, fields: fields.map(String) }])),
  );
}

/** An enum value: a plain object with a `kind`. */
function isVariant(value: unknown): value is Record<string, unknown> & { kind: string } {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.getPrototypeOf(value) === Object.prototype &&
    typeof (value as { kind?: unknown }).kind === 'string'
  );
}

function variantCmp(
  a: Record<string, unknown> & { kind: string },
  b: Record<string, unknown> & { kind: string },
): number | null {
  const order = enumOrders.find((o) => o.has(a.kind) && o.has(b.kind));
  if (!order) return null;
  const [x, y] = [order.get(a.kind)!, order.get(b.kind)!];
  if (x.index !== y.index) return Math.sign(x.index - y.index);
  return cmp(
    x.fields.map((f) => a[f]),
    y.fields.map((f) => b[f]),
  );
}

/** `a.cmp(&b)`: -1, 0 or 1; tuples and Vecs compare item by item, then by length; None before Some. */
export function cmp(a: unknown, b: unknown): number {
  if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? -1 : 1;
  if (isVariant(a) && isVariant(b)) {
    const c = variantCmp(a, b);
    if (c !== null) return c;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      const c = cmp(a[i], b[i]);
      if (c !== 0) return c;
    }
    return Math.sign(a.length - b.length);
  }
  if (a instanceof Reverse && b instanceof Reverse) return cmp(b.value, a.value);
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  if (isStruct(a) && isStruct(b) && Object.getPrototypeOf(a) === Object.getPrototypeOf(b)) {
    // A hand-written `impl Ord` is the struct's own cmp method; a derived one compares the fields in order.
    const own = (a as { cmp?: unknown }).cmp;
    if (typeof own === 'function') return (own as (other: unknown) => number).call(a, b);
    return cmp(Object.values(a), Object.values(b));
  }
  return (a as number) < (b as number) ? -1 : (a as number) > (b as number) ? 1 : 0;
}

/** `a.max(b)` of an `Ord` value (a Duration, a tuple, a String): `b` when they are equal, as Rust picks. */
export function ordMax<T>(a: T, b: T): T {
  return cmp(a, b) > 0 ? a : b;
}

/** `a.min(b)`: `a` when they are equal. */
export function ordMin<T>(a: T, b: T): T {
  return cmp(a, b) > 0 ? b : a;
}

/** A struct's value (a class instance): `#[derive(Ord)]` orders its fields in declaration order. */
function isStruct(value: unknown): value is object {
  if (typeof value !== 'object' || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto !== Object.prototype && proto !== null && !(value instanceof Map) && !(value instanceof Set);
}

/** `a.partial_cmp(&b)`: as cmp, but None where a NaN decides the order. */
export function partialCmp(a: unknown, b: unknown): Option<number> {
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      const c = partialCmp(a[i], b[i]);
      if (c !== 0) return c;
    }
    return Math.sign(a.length - b.length);
  }
  if (a instanceof Reverse && b instanceof Reverse) return partialCmp(b.value, a.value);
  if (Number.isNaN(a) || Number.isNaN(b)) return undefined;
  return cmp(a, b);
}

const ORDERING_NAMES = ['Less', 'Equal', 'Greater'] as const;

/** An `Ordering` for `{:?}`: `Less`, `Equal` or `Greater`. */
export function ordering(value: number): RustDebuggable {
  return debugUnit(ORDERING_NAMES[Math.sign(value) + 1]!);
}

/** `a.total_cmp(&b)` of f64s: -0 before +0, NaN after every number. */
export function totalCmp(a: number, b: number): number {
  if (Number.isNaN(a) || Number.isNaN(b)) return Number(Number.isNaN(a)) - Number(Number.isNaN(b));
  if (a !== b) return a < b ? -1 : 1;
  return a === 0 ? Math.sign(1 / a - 1 / b) : 0;
}
