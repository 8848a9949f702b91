// Integers (integral JS numbers and bigints) in Display, LowerHex/UpperHex, Octal, Binary and
// LowerExp/UpperExp, as Rust's core::fmt::num writes them.

import { exponentNotation, integerDecimal, roundToDigits } from './rust-decimal.js';
import { padFormatted, padIntegral } from './rust-pad.js';
import type { Spec } from './rust-spec.js';

export type Integer = number | bigint;

export type Radix = 'LowerHex' | 'UpperHex' | 'Octal' | 'Binary';

const RADIX: Record<Radix, { base: number; prefix: string }> = {
  LowerHex: { base: 16, prefix: '0x' },
  UpperHex: { base: 16, prefix: '0x' },
  Octal: { base: 8, prefix: '0o' },
  Binary: { base: 2, prefix: '0b' },
};

export function isInteger(value: unknown): value is Integer {
  return typeof value === 'bigint' || Number.isInteger(value);
}

export function displayInteger(n: Integer, spec: Spec): string {
  return padIntegral(n >= 0, '', magnitudeDigits(n), spec);
}

/**
 * `{:x}`, `{:o}`, `{:b}`: a negative value prints its two's complement, as in Rust. Its type
 * is unknown here, so it is taken as i32 when it fits, else i64, else i128.
 */
export function radixInteger(n: Integer, radix: Radix, spec: Spec): string {
  const { base, prefix } = RADIX[radix];
  const digits = twosComplement(n).toString(base);
  return padIntegral(true, prefix, radix === 'UpperHex' ? digits.toUpperCase() : digits, spec);
}

/** `{:e}`: `1.2e3` for 1200; `{:.N e}` rounds half to even. */
export function exponentInteger(n: Integer, upper: boolean, spec: Spec): string {
  const sign = n < 0 ? '-' : spec.plus ? '+' : '';
  const all = integerDecimal(magnitude(n));
  const digits = spec.precision === undefined ? all : roundToDigits(all, spec.precision + 1);
  return padFormatted(sign, exponentNotation(digits, spec.precision ?? 0, upper), spec);
}

/** `u64::MAX` and `usize::MAX` as a number: 2^64 - 1 rounds to 2^64, which no u64 is. */
const U64_MAX_AS_NUMBER = 2 ** 64;

function magnitudeDigits(n: Integer): string {
  if (n === U64_MAX_AS_NUMBER) return '18446744073709551615';
  // String() of a number past 2^53 rounds its digits (and has an exponent from 1e21 up)
  if (typeof n === 'number' && Math.abs(n) <= Number.MAX_SAFE_INTEGER) return String(Math.abs(n));
  return magnitude(n).toString();
}

function magnitude(n: Integer): bigint {
  const big = BigInt(n);
  return big < 0n ? -big : big;
}

function twosComplement(n: Integer): bigint {
  const big = BigInt(n);
  if (big >= 0n) return big;
  for (const bits of [32n, 64n, 128n]) {
    if (big >= -(1n << (bits - 1n))) return big + (1n << bits);
  }
  throw new RangeError(`${n} does not fit in an i128`);
}
