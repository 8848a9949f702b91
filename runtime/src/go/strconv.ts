// Go's `strconv` package. Results with an error are [value, err] tuples; errors are
// *strconv.NumError values whose text is Go's, e.g. `strconv.Atoi: parsing "x": invalid syntax`.
// ParseInt and ParseUint give int64 and uint64 exactly, as bigints; Atoi an int, a number.

import { formatFloat as formatFloat64, type FloatFormat } from '../fmt/go-float.js';
import { quote as quoteRunes, quoteRune as quoteOneRune, runesOf } from '../fmt/go-text.js';
import { bytesOfString } from './string-bytes.js';
import { ErrorString, type GoError } from './errors.js';
import { panic } from './panic.js';
import { unquoteOrNull } from './strconv-unquote.js';

/** fmt's key for an object's Go type name (%T, %v of pointers). */
const GO_TYPE = Symbol.for('chan2ts.goType');

/** `strconv.IntSize`: ints are 64 bits, as on the platforms Go programs run on. */
export const intSize = 64;

export const ErrRange: GoError = new ErrorString('value out of range');
export const ErrSyntax: GoError = new ErrorString('invalid syntax');

/** `*strconv.NumError`: which function failed, on what input, and why (ErrRange, ErrSyntax, ...). */
export class NumError implements GoError {
  readonly [GO_TYPE] = '*strconv.NumError';

  /** Fields as the translation names Go's Func, Num and Err. */
  constructor(
    public func: string,
    public num: string,
    public err: GoError,
  ) {}

  Error(): string {
    return `strconv.${this.func}: parsing ${quote(this.num)}: ${this.err.Error()}`;
  }

  unwrap(): GoError {
    return this.err;
  }
}

const syntaxError = (fn: string, s: string) => new NumError(fn, s, ErrSyntax);
const rangeError = (fn: string, s: string) => new NumError(fn, s, ErrRange);

// ---- integers ----

const MAX_UINT64 = (1n << 64n) - 1n;

const lower = (c: number) => c | 0x20;

/** Go's underscoreOK: underscores only between digits, or between a base prefix and a digit. */
function underscoreOK(s: string): boolean {
  let saw = '^';
  let i = 0;
  if (s.length >= 1 && (s[0] === '-' || s[0] === '+')) s = s.slice(1);
  let hex = false;
  if (s.length >= 2 && s[0] === '0' && 'box'.includes(String.fromCharCode(lower(s.charCodeAt(1))))) {
    i = 2;
    saw = '0';
    hex = lower(s.charCodeAt(1)) === 0x78;
  }
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0x30 && c <= 0x39) || (hex && lower(c) >= 0x61 && lower(c) <= 0x66)) {
      saw = '0';
      continue;
    }
    if (c === 0x5f) {
      if (saw !== '0') return false;
      saw = '_';
      continue;
    }
    if (saw === '_') return false;
    saw = '!';
  }
  return saw !== '_';
}

/** Go's ParseUint, exactly (as a bigint), reporting errors as `fn`. */
function parseUintBig(s: string, base: number, bitSize: number, fn: string): [bigint, NumError | null] {
  if (s === '') return [0n, syntaxError(fn, s)];
  const base0 = base === 0;
  const s0 = s;
  if (base === 0) {
    base = 10;
    if (s[0] === '0') {
      const prefix = s.length >= 3 ? lower(s.charCodeAt(1)) : 0;
      base = prefix === 0x62 ? 2 : prefix === 0x6f ? 8 : prefix === 0x78 ? 16 : 8;
      s = s.slice(base === 8 && prefix !== 0x6f ? 1 : 2);
    }
  } else if (!(base >= 2 && base <= 36)) {
    return [0n, new NumError(fn, s0, new ErrorString(`invalid base ${base}`))];
  }
  if (bitSize === 0) bitSize = intSize;
  else if (bitSize < 0 || bitSize > 64)
    return [0n, new NumError(fn, s0, new ErrorString(`invalid bit size ${bitSize}`))];

  const big = BigInt(base);
  const cutoff = MAX_UINT64 / big + 1n;
  const maxVal = (1n << BigInt(bitSize)) - 1n;
  let underscores = false;
  let n = 0n;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let d: number;
    if (c === 0x5f && base0) {
      underscores = true;
      continue;
    } else if (c >= 0x30 && c <= 0x39) {
      d = c - 0x30;
    } else if (lower(c) >= 0x61 && lower(c) <= 0x7a) {
      d = lower(c) - 0x61 + 10;
    } else {
      return [0n, syntaxError(fn, s0)];
    }
    if (d >= base) return [0n, syntaxError(fn, s0)];
    // Go reports an overflow as soon as it happens, even if a bad character follows.
    if (n >= cutoff) return [maxVal, rangeError(fn, s0)];
    n = n * big + BigInt(d);
    if (n > maxVal) return [maxVal, rangeError(fn, s0)];
  }
  if (underscores && !underscoreOK(s0)) return [0n, syntaxError(fn, s0)];
  return [n, null];
}

/** Go's ParseInt as a bigint, errors reported as `fn`. */
function parseIntBig(s: string, base: number, bitSize: number, fn: string): [bigint, NumError | null] {
  if (s === '') return [0n, syntaxError(fn, s)];
  const s0 = s;
  const neg = s[0] === '-';
  if (neg || s[0] === '+') s = s.slice(1);
  const [un, err] = parseUintBig(s, base, bitSize, fn);
  if (err !== null && err.err !== ErrRange) {
    err.num = s0;
    return [0n, err];
  }
  const cutoff = 1n << BigInt((bitSize === 0 ? intSize : bitSize) - 1);
  if (!neg && un >= cutoff) return [cutoff - 1n, rangeError(fn, s0)];
  if (neg && un > cutoff) return [-cutoff, rangeError(fn, s0)];
  return [neg ? -un : un, null];
}

/**
 * `strconv.ParseInt(s, base, bitSize)`: base 0 reads a 0b/0o/0x/0 prefix and allows
 * underscores. Out of range gives the nearest bound and ErrRange. An int64, so a bigint
 * (the translator's big-integers.ts).
 */
export function parseInt(s: string, base: number, bitSize: number): [bigint, GoError | null] {
  return parseIntBig(s, base, bitSize, 'ParseInt');
}

/** `strconv.ParseUint(s, base, bitSize)`: a uint64, so a bigint. */
export function parseUint(s: string, base: number, bitSize: number): [bigint, GoError | null] {
  return parseUintBig(s, base, bitSize, 'ParseUint');
}

/** `strconv.Atoi`: ParseInt(s, 10, 0) with errors naming Atoi. */
export function atoi(s: string): [number, GoError | null] {
  // Fast path: a sign and up to 15 digits is exact in a double.
  if (/^[+-]?[0-9]{1,15}$/.test(s)) return [Number(s) + 0, null];
  const [n, err] = parseIntBig(s, 10, 0, 'Atoi');
  return [Number(n), err];
}

/** `strconv.FormatInt(n, base)`, base 2 to 36, lower-case digits. */
export function formatInt(n: number | bigint, base: number): string {
  if (!(base >= 2 && base <= 36)) panic('strconv: illegal AppendInt/FormatInt base');
  if (typeof n === 'number') n = Number.isSafeInteger(n) ? n : BigInt(Math.trunc(n));
  return n.toString(base);
}

/** `strconv.FormatUint(n, base)` */
export function formatUint(n: number | bigint, base: number): string {
  return formatInt(n, base);
}

/** `strconv.Itoa` */
export function itoa(n: number): string {
  return formatInt(n, 10);
}

// ---- appending to a []byte ----

type Bytes = Uint8Array | readonly number[] | null;

/** A new array: dst's bytes, then text's UTF-8 bytes, as Go's Append functions give them. */
function appendText(dst: Bytes, text: string): number[] {
  return [...(dst ?? []), ...bytesOfString(text)];
}

/** `strconv.AppendInt(dst, n, base)`: dst with n's digits appended. */
export function appendInt(dst: Bytes, n: number | bigint, base: number): number[] {
  return appendText(dst, formatInt(n, base));
}

/** `strconv.AppendUint(dst, n, base)` */
export const appendUint = appendInt;

/** `strconv.AppendBool(dst, b)` */
export function appendBool(dst: Bytes, b: boolean): number[] {
  return appendText(dst, formatBool(b));
}

/** `strconv.AppendQuote(dst, s)` */
export function appendQuote(dst: Bytes, s: string): number[] {
  return appendText(dst, quote(s));
}

/** `strconv.AppendFloat(dst, f, fmt, prec, bitSize)` */
export function appendFloat(dst: Bytes, f: number, fmt: string | number, prec: number, bitSize: number): number[] {
  return appendText(dst, formatFloat(f, fmt, prec, bitSize));
}

// ---- booleans ----

export function parseBool(s: string): [boolean, GoError | null] {
  switch (s) {
    case '1':
    case 't':
    case 'T':
    case 'true':
    case 'TRUE':
    case 'True':
      return [true, null];
    case '0':
    case 'f':
    case 'F':
    case 'false':
    case 'FALSE':
    case 'False':
      return [false, null];
  }
  return [false, syntaxError('ParseBool', s)];
}

export function formatBool(b: boolean): string {
  return b ? 'true' : 'false';
}

// ---- quoting ----

/** `strconv.Quote`: a double-quoted Go string literal; non-printable runes escaped. */
export function quote(s: string): string {
  return quoteRunes(runesOf(s), false);
}

/** `strconv.QuoteToASCII`: as Quote, and every non-ASCII rune escaped too. */
export function quoteToASCII(s: string): string {
  return quoteRunes(runesOf(s), true);
}

/** `strconv.QuoteRune`: a single-quoted Go rune literal. */
export function quoteRune(r: number): string {
  return quoteOneRune(r, false);
}

/** `strconv.QuoteRuneToASCII`: as QuoteRune, a non-ASCII rune escaped. */
export function quoteRuneToASCII(r: number): string {
  return quoteOneRune(r, true);
}

/** `strconv.IsPrint`: the same set of runes as unicode.IsPrint. */
export { isPrint } from './unicode.js';

/** `strconv.CanBackquote`: whether s reads the same as a one-line raw string literal. */
export function canBackquote(s: string): boolean {
  for (const r of runesOf(s)) {
    if (r < 0 || r === 0xfeff || r === 0x60 || r === 0x7f || (r < 0x20 && r !== 0x09)) return false;
  }
  return true;
}

// ---- floats ----

interface DecimalText {
  neg: boolean;
  /** Digits without the point or underscores; value = digits × base^exp. */
  digits: string;
  exp: number;
  hex: boolean;
  /** The text JavaScript's Number() reads the same way (decimal only). */
  plain: string;
}

/** Go's readFloat over the whole of s: null when s is not a Go float literal. */
function scanFloat(s: string): DecimalText | null {
  let i = 0;
  let neg = false;
  if (s[i] === '+') i++;
  else if (s[i] === '-') {
    neg = true;
    i++;
  }
  let hex = false;
  if (i + 2 < s.length && s[i] === '0' && lower(s.charCodeAt(i + 1)) === 0x78) {
    hex = true;
    i += 2;
  }
  const start = i;
  let underscores = false;
  let sawDot = false;
  let digits = '';
  let fraction = 0;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x5f) {
      underscores = true;
    } else if (c === 0x2e) {
      if (sawDot) break;
      sawDot = true;
    } else if ((c >= 0x30 && c <= 0x39) || (hex && lower(c) >= 0x61 && lower(c) <= 0x66)) {
      digits += s[i];
      if (sawDot) fraction++;
    } else {
      break;
    }
  }
  if (digits === '') return null;
  const mantissaEnd = i;
  let exp = 0;
  const expChar = hex ? 0x70 : 0x65;
  if (i < s.length && lower(s.charCodeAt(i)) === expChar) {
    i++;
    let sign = 1;
    if (s[i] === '+') i++;
    else if (s[i] === '-') {
      sign = -1;
      i++;
    }
    if (!(i < s.length && s[i]! >= '0' && s[i]! <= '9')) return null;
    for (; i < s.length && ((s[i]! >= '0' && s[i]! <= '9') || s[i] === '_'); i++) {
      if (s[i] === '_') underscores = true;
      // Like Go, stop counting at 10000: the value is 0 or infinite long before.
      else if (exp < 10000) exp = exp * 10 + Number(s[i]);
    }
    exp *= sign;
  } else if (hex) {
    return null; // a hex float needs its p exponent
  }
  if (i !== s.length) return null;
  if (underscores && !underscoreOK(s)) return null;
  const plain = (neg ? '-' : '') + s.slice(start, mantissaEnd).replaceAll('_', '') + 'e' + exp;
  return { neg, digits, exp: hex ? exp - 4 * fraction : exp - fraction, hex, plain };
}

/** Go's special(): [+-]inf, [+-]infinity, nan, any case, as the whole of s. */
function specialFloat(s: string): number | null {
  const t = s.toLowerCase();
  if (t === 'nan') return NaN;
  const sign = t[0] === '-' ? -1 : 1;
  const body = t[0] === '-' || t[0] === '+' ? t.slice(1) : t;
  return body === 'inf' || body === 'infinity' ? sign * Infinity : null;
}

function bitLength(n: bigint): number {
  return n === 0n ? 0 : n.toString(2).length;
}

/**
 * The binary float with `mantBits` bits of mantissa nearest num/den (> 0), ties to even;
 * minExp is the exponent of the smallest subnormal, maxExp the first that overflows.
 */
function roundRational(num: bigint, den: bigint, mantBits: number, minExp: number, maxExp: number): number {
  const top = 1n << BigInt(mantBits);
  let e = Math.max(bitLength(num) - bitLength(den) - mantBits, minExp);
  for (;;) {
    let n = num;
    let d = den;
    if (e >= 0) d <<= BigInt(e);
    else n <<= BigInt(-e);
    let q = n / d;
    if (q >= top) {
      e++;
      continue;
    }
    const twice = (n % d) * 2n;
    if (twice > d || (twice === d && (q & 1n) === 1n)) q++;
    if (q === top) {
      q >>= 1n;
      e++;
    }
    if (e + mantBits > maxExp) return Infinity;
    return Number(q) * 2 ** e;
  }
}

const FLOAT32 = { mantBits: 24, minExp: -149, maxExp: 128 };
const FLOAT64 = { mantBits: 53, minExp: -1074, maxExp: 1024 };

/** The float nearest the scanned text, computed exactly. */
function exactFloat(d: DecimalText, format: typeof FLOAT32): number {
  let num = BigInt((d.hex ? '0x' : '') + d.digits);
  if (num === 0n) return d.neg ? -0 : 0;
  // Far outside the range the answer is 0 or infinity; the bounds keep the bigints small.
  const magnitude = d.hex ? bitLength(num) + d.exp : num.toString().length + d.exp;
  const limit = d.hex ? 1200 : 400;
  if (magnitude > limit) return d.neg ? -Infinity : Infinity;
  if (magnitude < -limit) return d.neg ? -0 : 0;
  let den = 1n;
  const power = (d.hex ? 2n : 10n) ** BigInt(Math.abs(d.exp));
  if (d.exp >= 0) num *= power;
  else den = power;
  const v = roundRational(num, den, format.mantBits, format.minExp, format.maxExp);
  return d.neg ? -v : v;
}

/**
 * `strconv.ParseFloat(s, bitSize)`: decimal and hexadecimal (0x1.8p3) Go float syntax with
 * underscores, "inf", "infinity", "nan" in any case. Too large gives ±Inf and ErrRange; with
 * bitSize 32 the result is the nearest float32.
 */
export function parseFloat(s: string, bitSize: number): [number, GoError | null] {
  const special = specialFloat(s);
  if (special !== null) return [special, null];
  const scanned = scanFloat(s);
  if (scanned === null) return [0, syntaxError('ParseFloat', s)];
  const v =
    bitSize === 32 ? exactFloat(scanned, FLOAT32) : scanned.hex ? exactFloat(scanned, FLOAT64) : Number(scanned.plain);
  if (!Number.isFinite(v)) return [v, rangeError('ParseFloat', s)];
  return [v, null];
}

const float32View = new DataView(new ArrayBuffer(4));

/**
 * The fewest decimal digits that read back as the float32 f (> 0), the nearest to f among
 * them: value = 0.digits × 10^point.
 */
function shortestFloat32(f: number): { digits: string; point: number } {
  float32View.setFloat32(0, f);
  const bits = float32View.getUint32(0);
  const biased = (bits >>> 23) & 0xff;
  const fraction = bits & 0x7fffff;
  const mant = BigInt(biased === 0 ? fraction : fraction | 0x800000);
  const e2 = biased === 0 ? -149 : biased - 150;
  // In units of 2^(e2-2): f = 4m, the halfway points to the neighbours at 4m ± 2 (the lower
  // one at 4m - 1 when f is a power of two, whose lower neighbour is closer).
  const lowGap = fraction === 0 && biased > 1 ? 1n : 2n;
  const inclusive = (mant & 1n) === 0n;
  const center = mant * 4n;
  const unitDen = e2 - 2 >= 0 ? 1n : 1n << BigInt(2 - e2);
  const unitNum = e2 - 2 >= 0 ? 1n << BigInt(e2 - 2) : 1n;
  // A decimal c × 10^k compared with the binary x × 2^(e2-2): cross-multiplied to integers.
  const cmp = (c: bigint, k: number, x: bigint): number => {
    const left = c * (k >= 0 ? 10n ** BigInt(k) : 1n) * unitDen;
    const right = x * unitNum * (k < 0 ? 10n ** BigInt(-k) : 1n);
    return left < right ? -1 : left > right ? 1 : 0;
  };
  const inside = (c: bigint, k: number) => {
    const lo = cmp(c, k, center - lowGap);
    const hi = cmp(c, k, center + 2n);
    return inclusive ? lo >= 0 && hi <= 0 : lo > 0 && hi < 0;
  };
  const decimalExp = Math.floor(Math.log10(f));
  for (let p = 1; p <= 9; p++) {
    // k: the power of ten of the p-th digit; c: f truncated to p digits.
    let k = decimalExp - p + 1;
    let c = floorDiv(center, unitNum, unitDen, k);
    while (c >= 10n ** BigInt(p)) c = floorDiv(center, unitNum, unitDen, ++k);
    while (c < 10n ** BigInt(p - 1)) c = floorDiv(center, unitNum, unitDen, --k);
    const candidates = [c, c + 1n].filter((x) => inside(x, k));
    if (candidates.length === 0) continue;
    let best = candidates[0]!;
    if (candidates.length === 2) {
      // The nearer to f: compare f - c×10^k with (c+1)×10^k - f, i.e. 2f with (2c+1)×10^k.
      const order = cmp(2n * c + 1n, k, 2n * center);
      best = order > 0 ? c : order < 0 ? c + 1n : c % 2n === 0n ? c : c + 1n;
    }
    const text = best.toString();
    return { digits: text.replace(/0+$/, ''), point: text.length + k };
  }
  throw new Error('unreachable: 9 digits always identify a float32');
}

/** floor(x × num/den / 10^k) */
function floorDiv(x: bigint, num: bigint, den: bigint, k: number): bigint {
  return k >= 0 ? (x * num) / (den * 10n ** BigInt(k)) : (x * num * 10n ** BigInt(-k)) / den;
}

/**
 * `strconv.FormatFloat(f, fmt, prec, bitSize)`: fmt is 'e', 'E', 'f', 'g', 'G', 'b', 'x' or
 * 'X' (a one-character string or its byte); prec -1 gives the fewest digits that read back
 * as the same float of bitSize bits.
 */
export function formatFloat(f: number, fmt: string | number, prec: number, bitSize: number): string {
  const verb = typeof fmt === 'number' ? String.fromCharCode(fmt) : fmt;
  if (bitSize !== 32 && bitSize !== 64) panic('strconv: illegal AppendFloat/FormatFloat bitSize');
  if (bitSize === 32) f = Math.fround(f);
  if (!Number.isFinite(f)) return formatFloat64(f, 'g', -1);
  if (!'bxXeEfgG'.includes(verb) || verb.length !== 1) return '%' + verb;
  if (bitSize === 32) {
    if (verb === 'b') return binaryExponent32(f);
    if (prec < 0 && f !== 0 && verb !== 'x' && verb !== 'X') {
      // The float64 nearest those few digits prints with exactly those digits.
      const { digits, point } = shortestFloat32(Math.abs(f));
      const near = Number(`${f < 0 ? '-' : ''}0.${digits}e${point}`);
      return formatFloat64(near, verb as FloatFormat, -1);
    }
  }
  return formatFloat64(f, verb as FloatFormat, prec);
}

/** %b for a float32: mantissa p exponent, 23 fraction bits. */
function binaryExponent32(f: number): string {
  float32View.setFloat32(0, f);
  const bits = float32View.getUint32(0);
  const biased = (bits >>> 23) & 0xff;
  const fraction = bits & 0x7fffff;
  const mant = biased === 0 ? fraction : fraction | 0x800000;
  const exp = (biased === 0 ? 1 : biased) - 150;
  return `${bits >>> 31 ? '-' : ''}${mant}p${exp >= 0 ? '+' : ''}${exp}`;
}

/** `strconv.Unquote(s)`: the value of a Go string, raw string or rune literal; ErrSyntax if s is none. */
export function unquote(s: string): [string, GoError | null] {
  const value = unquoteOrNull(s);
  return value === null ? ['', ErrSyntax] : [value, null];
}
