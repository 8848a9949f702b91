// Go's complex numbers: the builtin `complex(re, im)` and Go's arithmetic on them, and the
// `math/cmplx` package. A complex128 is an immutable Complex; a complex64 is one too (the
// runtime computes float32s in float64 precision, as it does for float32 itself):
//   c := complex(1, -2)     -> const c = cmplx.complex(1, -2)
//   c*c + 1, c == d         -> c.mul(c).add(1), c.equals(d)
//   real(c), imag(c)        -> c.re, c.im
import { hypot, pow as mathPow } from './math.js';

const COMPLEX_TAG = Symbol.for('chan2ts.complex');

export class Complex {
  constructor(
    readonly re: number,
    readonly im: number,
  ) {}

  add(o: Complex | number): Complex {
    const w = asComplex(o);
    return new Complex(this.re + w.re, this.im + w.im);
  }

  sub(o: Complex | number): Complex {
    const w = asComplex(o);
    return new Complex(this.re - w.re, this.im - w.im);
  }

  mul(o: Complex | number): Complex {
    const w = asComplex(o);
    return new Complex(this.re * w.re - this.im * w.im, this.re * w.im + this.im * w.re);
  }

  /** Go's runtime complex128div: Smith's algorithm, then C99's infinities and zeros where it gives NaNs. Never panics. */
  div(o: Complex | number): Complex {
    const [a, b] = [this.re, this.im];
    const { re: c, im: d } = asComplex(o);
    let e: number;
    let f: number;
    if (Math.abs(c) >= Math.abs(d)) {
      const ratio = d / c;
      const denom = c + ratio * d;
      e = (a + b * ratio) / denom;
      f = (b - a * ratio) / denom;
    } else {
      const ratio = c / d;
      const denom = d + ratio * c;
      e = (a * ratio + b) / denom;
      f = (b * ratio - a) / denom;
    }
    if (Number.isNaN(e) && Number.isNaN(f)) {
      if (c === 0 && d === 0 && (!Number.isNaN(a) || !Number.isNaN(b))) {
        e = copysign(Infinity, c) * a;
        f = copysign(Infinity, c) * b;
      } else if ((isInfinite(a) || isInfinite(b)) && Number.isFinite(c) && Number.isFinite(d)) {
        const [x, y] = [copysign(isInfinite(a) ? 1 : 0, a), copysign(isInfinite(b) ? 1 : 0, b)];
        e = Infinity * (x * c + y * d);
        f = Infinity * (y * c - x * d);
      } else if ((isInfinite(c) || isInfinite(d)) && Number.isFinite(a) && Number.isFinite(b)) {
        const [x, y] = [copysign(isInfinite(c) ? 1 : 0, c), copysign(isInfinite(d) ? 1 : 0, d)];
        e = 0 * (a * x + b * y);
        f = 0 * (b * x - a * y);
      }
    }
    return new Complex(e, f);
  }

  neg(): Complex {
    return new Complex(-this.re, -this.im);
  }

  /** Go's `==`: both parts equal (so a NaN part is never equal, and 0 equals -0). */
  equals(o: Complex | number): boolean {
    const w = asComplex(o);
    return this.re === w.re && this.im === w.im;
  }
}
// How fmt tells a complex number, whatever realm or bundle made it.
Object.defineProperty(Complex.prototype, COMPLEX_TAG, { value: true });

function asComplex(x: Complex | number): Complex {
  return typeof x === 'number' ? new Complex(x, 0) : x;
}

function isInfinite(x: number): boolean {
  return x === Infinity || x === -Infinity;
}

function copysign(x: number, sign: number): number {
  return Math.sign(sign) < 0 || Object.is(sign, -0) ? -Math.abs(x) : Math.abs(x);
}

/** The builtin `complex(re, im)`. */
export function complex(re: number, im: number): Complex {
  return new Complex(re, im);
}

// ---- math/cmplx ----

/** `cmplx.Abs`: the modulus. */
export function abs(x: Complex): number {
  return hypot(x.re, x.im);
}

/** `cmplx.Phase`: the argument, in [-Pi, Pi]. */
export function phase(x: Complex): number {
  return Math.atan2(x.im, x.re);
}

export function polar(x: Complex): [r: number, θ: number] {
  return [abs(x), phase(x)];
}

export function rect(r: number, θ: number): Complex {
  return new Complex(r * Math.cos(θ), r * Math.sin(θ));
}

export function conj(x: Complex): Complex {
  return new Complex(x.re, -x.im);
}

export function inf(): Complex {
  return new Complex(Infinity, Infinity);
}

export function naN(): Complex {
  return new Complex(NaN, NaN);
}

export function isInf(x: Complex): boolean {
  return isInfinite(x.re) || isInfinite(x.im);
}

export function isNaN(x: Complex): boolean {
  if (isInf(x)) return false;
  return Number.isNaN(x.re) || Number.isNaN(x.im);
}

/** `cmplx.Sqrt`, by Go's algorithm (rescaled against overflow; the result's imaginary sign follows x's). */
export function sqrt(x: Complex): Complex {
  if (x.im === 0) {
    if (x.re === 0) return new Complex(0, x.im);
    if (x.re < 0) return new Complex(0, copysign(Math.sqrt(-x.re), x.im));
    return new Complex(Math.sqrt(x.re), x.im);
  }
  if (isInfinite(x.im)) return new Complex(Infinity, x.im);
  if (x.re === 0) {
    const r = Math.sqrt(0.5 * Math.abs(x.im));
    return new Complex(r, x.im < 0 ? -r : r);
  }
  let [a, b] = [x.re, x.im];
  let scale: number;
  if (Math.abs(a) > 4 || Math.abs(b) > 4) {
    a *= 0.25;
    b *= 0.25;
    scale = 2;
  } else {
    a *= 1.8014398509481984e16; // 2**54
    b *= 1.8014398509481984e16;
    scale = 7.450580596923828125e-9; // 2**-27
  }
  let r = hypot(a, b);
  let t: number;
  if (a > 0) {
    t = Math.sqrt(0.5 * r + 0.5 * a);
    r = scale * Math.abs((0.5 * b) / t);
    t *= scale;
  } else {
    r = Math.sqrt(0.5 * r - 0.5 * a);
    t = scale * Math.abs((0.5 * b) / r);
    r *= scale;
  }
  return new Complex(t, b < 0 ? -r : r);
}

/** `cmplx.Exp`, with Go's special cases for infinite and NaN parts. */
export function exp(x: Complex): Complex {
  const { re, im } = x;
  if (isInfinite(re)) {
    if (re > 0 && im === 0) return x;
    if (isInfinite(im) || Number.isNaN(im))
      return re < 0 ? new Complex(0, copysign(0, im)) : new Complex(Infinity, NaN);
  } else if (Number.isNaN(re) && im === 0) {
    return new Complex(NaN, im);
  }
  const r = Math.exp(re);
  return new Complex(r * Math.cos(im), r * Math.sin(im));
}

/** `cmplx.Log`: the principal natural logarithm. */
export function log(x: Complex): Complex {
  return new Complex(Math.log(abs(x)), phase(x));
}

/** `cmplx.Pow`, with Go's cases for a zero base. */
export function pow(x: Complex, y: Complex): Complex {
  if (x.re === 0 && x.im === 0) {
    if (isNaN(y)) return naN();
    if (y.re === 0) return new Complex(1, 0);
    if (y.re < 0) return y.im === 0 ? new Complex(Infinity, 0) : inf();
    return new Complex(0, 0);
  }
  const modulus = abs(x);
  if (modulus === 0) return new Complex(0, 0);
  let r = mathPow(modulus, y.re);
  const arg = phase(x);
  let theta = y.re * arg;
  if (y.im !== 0) {
    r *= Math.exp(-y.im * arg);
    theta += y.im * Math.log(modulus);
  }
  return new Complex(r * Math.cos(theta), r * Math.sin(theta));
}
