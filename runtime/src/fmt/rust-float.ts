// f64 Display, Debug and LowerExp/UpperExp, as Rust's core::fmt::float writes them.

import {
  exactDecimal,
  exponentNotation,
  fixedNotation,
  roundToDigits,
  roundToFraction,
  shortestDecimal,
} from './rust-decimal.js';
import { padFormatted } from './rust-pad.js';
import type { Spec } from './rust-spec.js';

/** `{}`: never an exponent; `{:.N}` rounds the exact binary value half to even. */
export function displayFloat(x: number, spec: Spec): string {
  return formatSigned(x, spec, (abs) => fixed(abs, spec.precision, 0));
}

/** `{:?}`: like Display but `3.0`, and `1e16` / `1e-7` outside [1e-4, 1e16). */
export function debugFloat(x: number, spec: Spec): string {
  return formatSigned(x, spec, (abs) => {
    if (spec.precision === undefined && abs !== 0 && (abs >= 1e16 || abs < 1e-4)) {
      return exponentNotation(shortestDecimal(abs), 0, false);
    }
    return fixed(abs, spec.precision, 1);
  });
}

/** `{:e}` and `{:E}`: `1.2345e3`; `{:.N e}` keeps N digits after the point. */
export function exponentFloat(x: number, upper: boolean, spec: Spec): string {
  return formatSigned(x, spec, (abs) => {
    if (spec.precision === undefined) return exponentNotation(shortestDecimal(abs), 0, upper);
    return exponentNotation(roundToDigits(exactDecimal(abs), spec.precision + 1), spec.precision, upper);
  });
}

function fixed(abs: number, precision: number | undefined, minFraction: number): string {
  if (precision === undefined) return fixedNotation(shortestDecimal(abs), minFraction);
  return fixedNotation(roundToFraction(exactDecimal(abs), precision), precision);
}

/** NaN and the infinities, then the sign (`-0.0` has one), around the digits of |x|. */
function formatSigned(x: number, spec: Spec, digitsOf: (abs: number) => string): string {
  if (Number.isNaN(x)) return padFormatted('', 'NaN', spec);
  const negative = x < 0 || Object.is(x, -0);
  const sign = negative ? '-' : spec.plus ? '+' : '';
  const abs = Math.abs(x);
  return padFormatted(sign, abs === Infinity ? 'inf' : digitsOf(abs), spec);
}
