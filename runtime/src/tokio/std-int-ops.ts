import type { Option } from './result.js';
import { panic } from './panic.js';

/*
 * The checked_/wrapping_/saturating_/overflowing_ family of Rust's integer methods, for every
 * width and operation: the exact result is worked out as a bigint, then checked against, wrapped
 * into or clamped to the type's range. A value held as a number comes back as a number.
 *   (-128i8).saturating_neg()  -> rs.saturatingOp('neg', -128, 0, 'i8')   (127)
 *   x.checked_shl(40)  (u32)   -> rs.checkedOp('shl', x, 40, 'u32')       (undefined)
 */

export type IntOp =
  'add' | 'sub' | 'mul' | 'neg' | 'abs' | 'pow' | 'div' | 'rem' | 'div_euclid' | 'rem_euclid' | 'shl' | 'shr';

interface Outcome {
  value: bigint;
  overflowed: boolean;
  /** Where the exact result would lie, for saturation: below the range, above it, or in it. */
  side: -1 | 0 | 1;
}

function bitsOf(type: string): number {
  return /size$/.test(type) ? 64 : Number(type.slice(1));
}

function range(type: string): [min: bigint, max: bigint] {
  const bits = BigInt(bitsOf(type));
  return type.startsWith('u') ? [0n, 2n ** bits - 1n] : [-(2n ** (bits - 1n)), 2n ** (bits - 1n) - 1n];
}

function wrap(value: bigint, type: string): bigint {
  const bits = bitsOf(type);
  return type.startsWith('u') ? BigInt.asUintN(bits, value) : BigInt.asIntN(bits, value);
}

/** A power too large to work out exactly lies past every range: only its sign matters. */
const EXACT_POWER_LIMIT = 256n;

function power(a: bigint, b: bigint, type: string): bigint {
  if (b <= EXACT_POWER_LIMIT || a === 0n || a === 1n || a === -1n) return a ** b;
  const [, max] = range(type);
  const negative = a < 0n && b % 2n === 1n;
  return negative ? -(max + 2n) : max + 1n;
}

/** `a.wrapping_pow(b)` of a large exponent: by squaring, wrapped at each step. */
function wrappedPower(a: bigint, b: bigint, type: string): bigint {
  let out = 1n;
  let base = wrap(a, type);
  for (let e = b; e > 0n; e >>= 1n) {
    if (e & 1n) out = wrap(out * base, type);
    base = wrap(base * base, type);
  }
  return out;
}

function divisor(b: bigint, op: IntOp): bigint {
  if (b === 0n)
    panic(
      op === 'rem' || op === 'rem_euclid'
        ? 'attempt to calculate the remainder with a divisor of zero'
        : 'attempt to divide by zero',
    );
  return b;
}

function exact(op: IntOp, a: bigint, b: bigint, type: string): bigint {
  switch (op) {
    case 'add':
      return a + b;
    case 'sub':
      return a - b;
    case 'mul':
      return a * b;
    case 'neg':
      return -a;
    case 'abs':
      return a < 0n ? -a : a;
    case 'pow':
      return power(a, b, type);
    case 'div':
      return a / divisor(b, op);
    case 'rem':
      return a % divisor(b, op);
    case 'rem_euclid': {
      const r = a % divisor(b, op);
      return r < 0n ? r + (b < 0n ? -b : b) : r;
    }
    case 'div_euclid': {
      const q = a / divisor(b, op);
      return a % b < 0n ? (b > 0n ? q - 1n : q + 1n) : q;
    }
    case 'shl':
      return a << b;
    case 'shr':
      return a >> b;
  }
}

function outcome(op: IntOp, a: bigint, b: bigint, type: string): Outcome {
  if (op === 'shl' || op === 'shr') {
    // Only the shift amount overflows: it is taken modulo the width.
    const bits = BigInt(bitsOf(type));
    return { value: wrap(exact(op, a, b % bits, type), type), overflowed: b >= bits, side: 0 };
  }
  const value = exact(op, a, b, type);
  const [min, max] = range(type);
  const side = value < min ? -1 : value > max ? 1 : 0;
  const wrapped = op === 'pow' && side !== 0 && b > EXACT_POWER_LIMIT ? wrappedPower(a, b, type) : wrap(value, type);
  return { value: wrapped, overflowed: side !== 0, side };
}

function big(x: number | bigint): bigint {
  return typeof x === 'bigint' ? x : BigInt(x);
}

function back<T extends number | bigint>(like: T, value: bigint): T {
  return (typeof like === 'bigint' ? value : Number(value)) as T;
}

/** `a.checked_op(b)`: the result, or None when it leaves the type's range (or divides by zero). */
export function checkedOp<T extends number | bigint>(op: IntOp, a: T, b: number | bigint, type: string): Option<T> {
  const divides = op === 'div' || op === 'rem' || op === 'div_euclid' || op === 'rem_euclid';
  if (divides && big(b) === 0n) return undefined;
  const out = outcome(op, big(a), big(b), type);
  return out.overflowed ? undefined : back(a, out.value);
}

/** `a.wrapping_op(b)`: the result wrapped around the type's range. */
export function wrappingOp<T extends number | bigint>(op: IntOp, a: T, b: number | bigint, type: string): T {
  return back(a, outcome(op, big(a), big(b), type).value);
}

/** `a.overflowing_op(b)`: the wrapped result and whether it wrapped. */
export function overflowingOp<T extends number | bigint>(
  op: IntOp,
  a: T,
  b: number | bigint,
  type: string,
): [T, boolean] {
  const out = outcome(op, big(a), big(b), type);
  return [back(a, out.value), out.overflowed];
}

/** `a.saturating_op(b)`: the result clamped to the type's range. */
export function saturatingOp<T extends number | bigint>(op: IntOp, a: T, b: number | bigint, type: string): T {
  const out = outcome(op, big(a), big(b), type);
  const [min, max] = range(type);
  return back(a, out.side < 0 ? min : out.side > 0 ? max : out.value);
}

/** `a.abs_diff(b)`: the distance between two integers, of either representation. */
export function absDiff<T extends number | bigint>(a: T, b: T | number): T {
  const [x, y] = [big(a), big(b)];
  return back(a, x > y ? x - y : y - x);
}

/** `n.is_power_of_two()` of an unsigned integer, of either representation. */
export function isPowerOfTwo(n: number | bigint): boolean {
  const x = big(n);
  return x > 0n && (x & (x - 1n)) === 0n;
}
