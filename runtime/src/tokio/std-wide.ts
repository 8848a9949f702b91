import type { Option } from './result.js';

/*
 * Checked, wrapping and saturating arithmetic on 64- and 128-bit integers held as bigints,
 * for programs that need them exact (server/translate/rust/wide-integers.ts).
 */

/** The range of u64/i64/u128/i128. */
export function wideRange(type: string): [min: bigint, max: bigint] {
  const bits = BigInt(type.slice(1));
  return type.startsWith('u') ? [0n, 2n ** bits - 1n] : [-(2n ** (bits - 1n)), 2n ** (bits - 1n) - 1n];
}

/** `a.wrapping_mul(b)` and friends on u64/i64/u128/i128. */
export function wrappingWide(value: bigint, type: string): bigint {
  const bits = Number(type.slice(1));
  return type.startsWith('u') ? BigInt.asUintN(bits, value) : BigInt.asIntN(bits, value);
}

export function saturatingWide(value: bigint, type: string): bigint {
  const [min, max] = wideRange(type);
  return value < min ? min : value > max ? max : value;
}

export function checkedWide(value: bigint, type: string): Option<bigint> {
  const [min, max] = wideRange(type);
  return value >= min && value <= max ? value : undefined;
}

/** `x as u64` (and the other wide types) of a float: truncated, saturated at the type's limits, NaN as 0. */
export function floatAsWide(value: number, type: string): bigint {
  if (Number.isNaN(value)) return 0n;
  const [min, max] = wideRange(type);
  if (!Number.isFinite(value)) return value > 0 ? max : min;
  return saturatingWide(BigInt(Math.trunc(value)), type);
}
