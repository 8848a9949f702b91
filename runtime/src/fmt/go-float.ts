// strconv.FormatFloat(v, fmt, prec, 64) digit for digit, and the runtime's own print(float64).

export type FloatFormat = 'b' | 'e' | 'E' | 'f' | 'g' | 'G' | 'x' | 'X';

/** value = mantissa × 2^exponent */
interface Binary {
  negative: boolean;
  mantissa: bigint;
  exponent: number;
}

/** value = 0.digits × 10^point; digits has no trailing zeros and is empty for zero. */
interface Decimal {
  digits: string;
  point: number;
}

const bitsView = new DataView(new ArrayBuffer(8));
const MASK64 = (1n << 64n) - 1n;

export function formatFloat(v: number, fmt: FloatFormat, prec: number): string {
  if (Number.isNaN(v)) return 'NaN';
  if (v === Infinity) return '+Inf';
  if (v === -Infinity) return '-Inf';
  const binary = toBinary(v);
  switch (fmt) {
    case 'b':
      return binaryExponentForm(binary);
    case 'x':
    case 'X':
      return hexForm(binary, fmt, prec);
    default:
      return (binary.negative ? '-' : '') + decimalForm(v, binary, fmt, prec);
  }
}

function toBinary(v: number): Binary {
  bitsView.setFloat64(0, v);
  const high = bitsView.getUint32(0);
  const negative = high >>> 31 === 1;
  const biased = (high >>> 20) & 0x7ff;
  const fraction = (BigInt(high & 0xfffff) << 32n) | BigInt(bitsView.getUint32(4));
  return biased === 0
    ? { negative, mantissa: fraction, exponent: -1074 }
    : { negative, mantissa: fraction | (1n << 52n), exponent: biased - 1075 };
}

/** %b: -ddddp±ddd */
function binaryExponentForm({ negative, mantissa, exponent }: Binary): string {
  return `${negative ? '-' : ''}${mantissa}p${exponent >= 0 ? '+' : ''}${exponent}`;
}

/** %x: -0x1.yyyyp±dd, the mantissa's leading 1 (if any) before the point. */
function hexForm({ negative, mantissa, exponent }: Binary, fmt: 'x' | 'X', prec: number): string {
  let exp = mantissa === 0n ? 0 : exponent + 52;
  let mant = mantissa << 8n;
  while (mant !== 0n && (mant & (1n << 60n)) === 0n) {
    mant <<= 1n;
    exp--;
  }
  if (prec >= 0 && prec < 15) {
    const shift = BigInt(prec * 4);
    const extra = (mant << shift) & ((1n << 60n) - 1n);
    mant >>= 60n - shift;
    if ((extra | (mant & 1n)) > 1n << 59n) mant++;
    mant <<= 60n - shift;
    if ((mant & (1n << 61n)) !== 0n) {
      mant >>= 1n;
      exp++;
    }
  }
  const hexDigits = fmt === 'X' ? '0123456789ABCDEF' : '0123456789abcdef';
  const leading = String((mant >> 60n) & 1n);
  let fraction = '';
  mant = (mant << 4n) & MASK64;
  for (let i = 0; prec < 0 ? mant !== 0n : i < prec; i++) {
    fraction += hexDigits[Number(mant >> 60n) & 15];
    mant = (mant << 4n) & MASK64;
  }
  const p = fmt === 'X' ? 'P' : 'p';
  const expText = `${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  return `${negative ? '-' : ''}0${fmt}${leading}${fraction ? '.' + fraction : ''}${p}${expText}`;
}

/** %e %f %g without the sign; prec < 0 asks for the fewest digits that read back as v. */
function decimalForm(v: number, binary: Binary, fmt: 'e' | 'E' | 'f' | 'g' | 'G', prec: number): string {
  const style = fmt.toLowerCase();
  if (prec < 0) {
    const d = shortestDecimal(v);
    const nd = d.digits.length;
    const shortestPrec = style === 'e' ? Math.max(nd - 1, 0) : style === 'f' ? Math.max(nd - d.point, 0) : nd;
    return layout(d, fmt, shortestPrec, true);
  }
  const exact = exactDecimal(binary);
  if (style === 'g' && prec === 0) prec = 1;
  const significant = style === 'e' ? prec + 1 : style === 'f' ? exact.point + prec : prec;
  return layout(round(exact, significant), fmt, prec, false);
}

function layout(d: Decimal, fmt: 'e' | 'E' | 'f' | 'g' | 'G', prec: number, shortest: boolean): string {
  if (fmt === 'e' || fmt === 'E') return exponentForm(d, prec, fmt);
  if (fmt === 'f') return fixedForm(d, prec);
  const nd = d.digits.length;
  // %g uses %e when the exponent is below -4 or reaches the precision (6 for shortest).
  let eprec = prec;
  if (eprec > nd && nd >= d.point) eprec = nd;
  if (shortest) eprec = 6;
  const exp = d.point - 1;
  if (exp < -4 || exp >= eprec) return exponentForm(d, Math.min(prec, nd) - 1, fmt === 'g' ? 'e' : 'E');
  return fixedForm(d, Math.max((prec > d.point ? nd : prec) - d.point, 0));
}

/** d.ddddde±dd */
function exponentForm({ digits, point }: Decimal, prec: number, e: 'e' | 'E'): string {
  let out = digits[0] ?? '0';
  if (prec > 0) out += '.' + digits.slice(1, prec + 1).padEnd(prec, '0');
  const exp = digits === '' ? 0 : point - 1;
  return `${out}${e}${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
}

/** ddddd.ddddd */
function fixedForm({ digits, point }: Decimal, prec: number): string {
  const integer = point > 0 ? digits.slice(0, point).padEnd(point, '0') : '0';
  if (prec <= 0) return integer;
  const fraction = point >= 0 ? digits.slice(point) : '0'.repeat(-point) + digits;
  return integer + '.' + fraction.slice(0, prec).padEnd(prec, '0');
}

/** JavaScript's shortest round-trip digits are the ones Go's Ryu search finds. */
function shortestDecimal(v: number): Decimal {
  if (v === 0) return { digits: '', point: 0 };
  const [mantissa, exponent] = Math.abs(v).toExponential().split('e') as [string, string];
  return { digits: mantissa.replace('.', ''), point: Number(exponent) + 1 };
}

/** Every digit of the binary value: mantissa × 2^-k = mantissa × 5^k / 10^k. */
function exactDecimal({ mantissa, exponent }: Binary): Decimal {
  if (mantissa === 0n) return { digits: '', point: 0 };
  const digits =
    exponent >= 0 ? (mantissa << BigInt(exponent)).toString() : (mantissa * 5n ** BigInt(-exponent)).toString();
  return { digits: trimZeros(digits), point: exponent >= 0 ? digits.length : digits.length + exponent };
}

function trimZeros(digits: string): string {
  let end = digits.length;
  while (end > 0 && digits[end - 1] === '0') end--;
  return digits.slice(0, end);
}

/** Round to nd digits, an exact half to even (strconv's decimal.Round). */
function round(d: Decimal, nd: number): Decimal {
  if (nd < 0 || nd >= d.digits.length) return d;
  if (!shouldRoundUp(d.digits, nd)) return { digits: trimZeros(d.digits.slice(0, nd)), point: d.point };
  for (let i = nd - 1; i >= 0; i--) {
    if (d.digits[i] !== '9') return { digits: d.digits.slice(0, i) + (Number(d.digits[i]) + 1), point: d.point };
  }
  return { digits: '1', point: d.point + 1 };
}

function shouldRoundUp(digits: string, nd: number): boolean {
  if (digits[nd] === '5' && nd + 1 === digits.length) return nd > 0 && Number(digits[nd - 1]) % 2 === 1;
  return digits[nd]! >= '5';
}

/** What Go's runtime print(v) writes for a float64: "+1.500000e+000" (used for panic values). */
export function formatRuntimeFloat(v: number): string {
  if (Number.isNaN(v)) return 'NaN';
  if (v === Infinity) return '+Inf';
  if (v === -Infinity) return '-Inf';
  const n = 7;
  let sign = '+';
  let e = 0;
  if (v === 0) {
    if (1 / v < 0) sign = '-';
  } else {
    if (v < 0) {
      v = -v;
      sign = '-';
    }
    while (v >= 10) {
      e++;
      v /= 10;
    }
    while (v < 1) {
      e--;
      v *= 10;
    }
    // The same float arithmetic as the runtime, so the same (not correctly rounded) digits.
    let half = 5.0;
    for (let i = 0; i < n; i++) half /= 10;
    v += half;
    if (v >= 10) {
      e++;
      v /= 10;
    }
  }
  let digits = '';
  for (let i = 0; i < n; i++) {
    const digit = Math.trunc(v);
    digits += digit;
    v = (v - digit) * 10;
  }
  return `${sign}${digits[0]}.${digits.slice(1)}e${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(3, '0')}`;
}
