// Go's `math` package over JS numbers (float64). Special cases (NaN, ±Inf, ±0) follow Go's
// documentation where they differ from JavaScript's Math (pow, max, min, round, modf, ...).
// Exact functions (sqrt, floor, mod, frexp, ldexp, hypot, ...) and log, log2, log10 and
// integer powers give Go's bits. Sin, cos, tan, their inverses, the hyperbolic functions,
// exp, cbrt and fractional powers are JavaScript's: accurate, but Go uses other algorithms,
// so some results differ in the last bit (Go's Sin(Pi/6) is 0.5, Math.sin's 0.49999999999999994).

export const e = Math.E;
export const pi = Math.PI;
export const phi = 1.618033988749895;
export const sqrt2 = Math.SQRT2;
export const sqrtE = 1.6487212707001282;
export const sqrtPi = 1.772453850905516;
export const sqrtPhi = 1.272019649514069;
export const ln2 = Math.LN2;
export const log2E = Math.LOG2E;
export const ln10 = Math.LN10;
export const log10E = Math.LOG10E;

export const maxFloat64 = Number.MAX_VALUE;
export const smallestNonzeroFloat64 = Number.MIN_VALUE;
export const maxFloat32 = 3.4028234663852886e38;
export const smallestNonzeroFloat32 = 1.401298464324817e-45;

/**
 * `math.MaxInt`, `math.MaxInt64`, `math.MaxUint64`: Go's are 2^63 - 1 and 2^64 - 1, which a
 * double cannot hold; ints here are JS numbers, exact up to 2^53 - 1, so that is the bound
 * (a sentinel like `best := math.MaxInt` still compares above every int, and stays exact).
 */
export const maxInt = Number.MAX_SAFE_INTEGER;
export const minInt = Number.MIN_SAFE_INTEGER;
export const maxInt64 = Number.MAX_SAFE_INTEGER;
export const minInt64 = Number.MIN_SAFE_INTEGER;
export const maxUint = Number.MAX_SAFE_INTEGER;
export const maxUint64 = Number.MAX_SAFE_INTEGER;
export const maxInt32 = 2147483647;
export const minInt32 = -2147483648;
export const maxUint32 = 4294967295;
export const maxInt16 = 32767;
export const minInt16 = -32768;
export const maxUint16 = 65535;
export const maxInt8 = 127;
export const minInt8 = -128;
export const maxUint8 = 255;

/** `math.Inf(sign)`: +Inf when sign >= 0, else -Inf. */
export function inf(sign: number): number {
  return sign >= 0 ? Infinity : -Infinity;
}

/** `math.NaN()` */
export function naN(): number {
  return NaN;
}

export function isNaN(f: number): boolean {
  return Number.isNaN(f);
}

/** `math.IsInf(f, sign)`: sign > 0 asks for +Inf, sign < 0 for -Inf, 0 for either. */
export function isInf(f: number, sign: number): boolean {
  return (sign >= 0 && f === Infinity) || (sign <= 0 && f === -Infinity);
}

const bits = new DataView(new ArrayBuffer(8));

/** `math.Signbit`: true for negative numbers and -0 (and a NaN with its sign bit set). */
export function signbit(x: number): boolean {
  bits.setFloat64(0, x);
  return bits.getUint8(0) >= 0x80;
}

/** `math.Copysign(f, sign)` */
export function copysign(f: number, sign: number): number {
  return signbit(f) === signbit(sign) ? f : -f;
}

export const abs: (x: number) => number = Math.abs;
export const sqrt: (x: number) => number = Math.sqrt;
export const floor: (x: number) => number = Math.floor;
export const ceil: (x: number) => number = Math.ceil;
export const trunc: (x: number) => number = Math.trunc;
export const cbrt: (x: number) => number = Math.cbrt;
export const exp: (x: number) => number = Math.exp;
export const expm1: (x: number) => number = Math.expm1;
export const log: (x: number) => number = Math.log;
export const log1p: (x: number) => number = Math.log1p;
export const sin: (x: number) => number = Math.sin;
export const cos: (x: number) => number = Math.cos;
export const tan: (x: number) => number = Math.tan;
export const asin: (x: number) => number = Math.asin;
export const acos: (x: number) => number = Math.acos;
export const atan: (x: number) => number = Math.atan;
export const atan2: (y: number, x: number) => number = Math.atan2;
export const sinh: (x: number) => number = Math.sinh;
export const cosh: (x: number) => number = Math.cosh;
export const tanh: (x: number) => number = Math.tanh;

/** `math.Round`: half away from zero (Math.round goes half up: -2.5 -> -2, Go's -3). */
export function round(x: number): number {
  return x < 0 ? -Math.round(-x) : Math.round(x);
}

/** `math.RoundToEven`: half to even; the sign of x kept (RoundToEven(-0.5) = -0). */
export function roundToEven(x: number): number {
  let r = round(x);
  if (Math.abs(x - Math.trunc(x)) === 0.5 && r % 2 !== 0) r -= Math.sign(x);
  return r === 0 ? copysign(0, x) : r;
}

/**
 * `math.Pow`, with Go's special cases (Pow(1, y) = 1 and Pow(-1, ±Inf) = 1, where Math.pow
 * gives NaN) and Go's method, so that results agree to the bit: x^y = x^yi × x^yf with the
 * integer power by repeated squaring of frexp(x) and the fraction as exp(yf × log(x)).
 */
export function pow(x: number, y: number): number {
  if (x === 1 || y === 0) return 1;
  if (y === 1) return x;
  if (x === -1 && (y === Infinity || y === -Infinity)) return 1;
  if (Number.isNaN(x) || Number.isNaN(y) || x === 0 || !Number.isFinite(x) || !Number.isFinite(y)) {
    return Math.pow(x, y); // the IEEE special cases, which Go documents alike
  }
  if (y === 0.5) return Math.sqrt(x);
  if (y === -0.5) return 1 / Math.sqrt(x);
  let [yi, yf] = modf(Math.abs(y));
  if (yf !== 0 && x < 0) return NaN;
  if (yi >= 2 ** 63) {
    // An even power so large that only -1 escapes overflow or underflow.
    if (x === -1) return 1;
    return Math.abs(x) < 1 === y > 0 ? 0 : Infinity;
  }
  let a1 = 1;
  let ae = 0;
  if (yf !== 0) {
    if (yf > 0.5) {
      yf--;
      yi++;
    }
    a1 = Math.exp(yf * Math.log(x));
  }
  let [x1, xe] = frexp(x);
  for (let i = yi; i !== 0; i = Math.floor(i / 2)) {
    if (xe < -(1 << 12) || 1 << 12 < xe) {
      // Squaring went far beyond the range: the result over- or underflows.
      ae += xe;
      break;
    }
    if (i % 2 === 1) {
      a1 *= x1;
      ae += xe;
    }
    x1 *= x1;
    xe *= 2;
    if (x1 < 0.5) {
      x1 += x1;
      xe--;
    }
  }
  if (y < 0) {
    a1 = 1 / a1;
    ae = -ae;
  }
  return ldexp(a1, ae);
}

/** `math.Pow10(n)`: 10^n as Go computes it (10^(32k) × 10^j from exact tables); 0 below -323, +Inf above 308. */
export function pow10(n: number): number {
  if (n < -323) return 0;
  if (n > 308) return Infinity;
  const a = Math.abs(n);
  const big = Number(`1e${a - (a % 32)}`);
  const small = Number(`1e${a % 32}`);
  return n >= 0 ? big * small : Number(`1e-${a - (a % 32)}`) / small;
}

/** `math.Max`: +Inf wins even over NaN, then NaN wins; Max(+0, -0) = +0. */
export function max(x: number, y: number): number {
  if (x === Infinity || y === Infinity) return Infinity;
  return Math.max(x, y);
}

/** `math.Min`: -Inf wins even over NaN, then NaN wins; Min(+0, -0) = -0. */
export function min(x: number, y: number): number {
  if (x === -Infinity || y === -Infinity) return -Infinity;
  return Math.min(x, y);
}

/** `math.Dim`: max(x - y, 0). */
export function dim(x: number, y: number): number {
  const v = x - y;
  return v <= 0 ? 0 : v;
}

/** `math.Mod`: the remainder of x / y with the sign of x (C's fmod, JavaScript's %). */
export function mod(x: number, y: number): number {
  return x % y;
}

/** `math.Modf`: [integer part, fractional part], both with the sign of f. */
export function modf(f: number): [int: number, frac: number] {
  if (f === Infinity || f === -Infinity) return [f, NaN];
  const i = Math.trunc(f);
  const frac = Math.abs(f - i);
  return [i, signbit(f) ? -frac : frac];
}

/** `math.Frexp`: [frac, exp] with f = frac × 2^exp and 0.5 <= |frac| < 1. */
export function frexp(f: number): [frac: number, exp: number] {
  if (f === 0 || !Number.isFinite(f)) return [f, 0];
  let e = 0;
  bits.setFloat64(0, f);
  if ((bits.getUint16(0) & 0x7ff0) === 0) {
    // Subnormal: scale into the normal range first (exact).
    bits.setFloat64(0, f * 2 ** 64);
    e = -64;
  }
  const high = bits.getUint16(0);
  e += ((high & 0x7ff0) >> 4) - 1022;
  bits.setUint16(0, (high & 0x800f) | (1022 << 4));
  return [bits.getFloat64(0), e];
}

/** `math.Ldexp(frac, exp)`: frac × 2^exp, rounded once (to a subnormal or ±0 if it must). */
export function ldexp(frac: number, exp: number): number {
  if (frac === 0 || !Number.isFinite(frac)) return frac;
  const [m, me] = frexp(frac);
  const e = me + exp; // frac × 2^exp = m × 2^e, 0.5 <= |m| < 1
  if (e > 1024) return m * Infinity;
  if (e < -1074) return copysign(0, frac);
  // 2^e is a double for -1074 <= e <= 1023; one multiplication rounds once.
  return e === 1024 ? m * 2 * 2 ** 1023 : m * 2 ** e;
}

/**
 * `math.Log2`: exact for powers of two. Go computes Log(frac) × (1/Ln2) + exp from Frexp,
 * so other results follow that formula (not always Math.log2's).
 */
export function log2(x: number): number {
  const [frac, e] = frexp(x);
  if (frac === 0.5) return e - 1;
  return Math.log(frac) * Math.LOG2E + e;
}

/** `math.Log10`: computed as Go does, log(x) × (1/Ln10), which is not always Math.log10(x). */
export function log10(x: number): number {
  return Math.log(x) * Math.LOG10E;
}

/** `math.Hypot`: sqrt(p*p + q*q) without overflow; +Inf if either is infinite, else NaN if either is NaN. */
export function hypot(p: number, q: number): number {
  if (p === Infinity || p === -Infinity || q === Infinity || q === -Infinity) return Infinity;
  if (Number.isNaN(p) || Number.isNaN(q)) return NaN;
  p = Math.abs(p);
  q = Math.abs(q);
  if (p < q) [p, q] = [q, p];
  if (p === 0) return 0;
  q = q / p;
  return p * Math.sqrt(1 + q * q);
}

/** `math.Remainder(x, y)`: IEEE 754's x - n*y, n the quotient rounded half to even. */
export function remainder(x: number, y: number): number {
  if (!Number.isFinite(x) || Number.isNaN(y) || y === 0) return NaN;
  if (!Number.isFinite(y)) return x;
  const r = x - roundToEven(x / y) * y;
  return r === 0 ? Math.sign(x) * 0 : r;
}

const floatView = new DataView(new ArrayBuffer(8));

/** `math.Float64bits(f)`: its IEEE 754 bits, a uint64 (a bigint). */
export function float64bits(f: number): bigint {
  floatView.setFloat64(0, f);
  return floatView.getBigUint64(0);
}

/** `math.Float64frombits(b)`; b a bigint, or a number where an untyped constant went in. */
export function float64frombits(b: bigint | number): number {
  floatView.setBigUint64(0, BigInt.asUintN(64, BigInt(b)));
  return floatView.getFloat64(0);
}

/** `math.Float32bits(f)`: a uint32 (a number). */
export function float32bits(f: number): number {
  floatView.setFloat32(0, f);
  return floatView.getUint32(0);
}

export function float32frombits(b: number): number {
  floatView.setUint32(0, b);
  return floatView.getFloat32(0);
}
