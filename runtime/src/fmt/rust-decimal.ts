// Decimal digits of numbers as Rust's flt2dec produces and lays them out: the shortest
// digits that read back as the same f64, or the exact value rounded half to even.

/** |value| = 0.digits × 10^exponent; digits has no leading or trailing zeros and is '' for zero. */
export interface Decimal {
  digits: string;
  exponent: number;
}

const ZERO: Decimal = { digits: '', exponent: 0 };

/**
 * The shortest digits that round-trip, nearest to the value when several do: what both
 * JavaScript's Number::toString and Rust's Grisu/Dragon produce. x is finite.
 */
export function shortestDecimal(x: number): Decimal {
  const text = String(Math.abs(x));
  const e = text.indexOf('e');
  if (e < 0) return fromPlainText(text);
  const mantissa = fromPlainText(text.slice(0, e));
  return { digits: mantissa.digits, exponent: mantissa.exponent + Number(text.slice(e + 1)) };
}

/** "123.45" or "0.00012" */
function fromPlainText(text: string): Decimal {
  const point = text.indexOf('.');
  const whole = point < 0 ? text : text.slice(0, point);
  const fraction = point < 0 ? '' : text.slice(point + 1);
  return normalized(whole + fraction, whole.length);
}

/** 0.digits × 10^exponent, with leading and trailing zeros of digits removed. */
function normalized(digits: string, exponent: number): Decimal {
  const leading = digits.length - digits.replace(/^0+/, '').length;
  const significant = digits.slice(leading).replace(/0+$/, '');
  return significant === '' ? ZERO : { digits: significant, exponent: exponent - leading };
}

const bitsView = new DataView(new ArrayBuffer(8));

/** Every digit of |x|, which is finite: a binary fraction always has a finite decimal expansion. */
export function exactDecimal(x: number): Decimal {
  bitsView.setFloat64(0, x);
  const high = bitsView.getUint32(0);
  const biased = (high >>> 20) & 0x7ff;
  const fraction = (BigInt(high & 0xfffff) << 32n) | BigInt(bitsView.getUint32(4));
  const mantissa = biased === 0 ? fraction : fraction | (1n << 52n);
  const exponent = biased === 0 ? -1074 : biased - 1075;
  if (exponent >= 0) return integerDecimal(mantissa << BigInt(exponent));
  // m / 2^k = m × 5^k / 10^k
  const digits = (mantissa * 5n ** BigInt(-exponent)).toString();
  return normalized(digits, digits.length + exponent);
}

/** The digits of a non-negative integer. */
export function integerDecimal(n: bigint): Decimal {
  const digits = n.toString();
  return normalized(digits, digits.length);
}

/** Rounds to `count` significant digits (fewer when the rest are zeros), half to even. */
export function roundToDigits(d: Decimal, count: number): Decimal {
  if (count >= d.digits.length) return d;
  if (count < 0) return ZERO;
  const kept = d.digits.slice(0, count);
  const next = d.digits[count];
  const isTie = next === '5' && count + 1 === d.digits.length;
  const lastKeptIsOdd = count > 0 && Number(kept[count - 1]) % 2 === 1;
  const roundUp = next > '5' || (next === '5' && (!isTie || lastKeptIsOdd));
  return roundUp ? incremented(kept, d.exponent) : normalized(kept, d.exponent);
}

/** digits + 1 in the last place; 999 becomes 1000, one exponent up. */
function incremented(digits: string, exponent: number): Decimal {
  const trimmed = digits.replace(/9+$/, '');
  if (trimmed === '') return { digits: '1', exponent: exponent + 1 };
  const last = trimmed.length - 1;
  return { digits: trimmed.slice(0, last) + String(Number(trimmed[last]) + 1), exponent };
}

/** Rounds to `fractionDigits` digits after the point, half to even. */
export function roundToFraction(d: Decimal, fractionDigits: number): Decimal {
  return roundToDigits(d, d.exponent + fractionDigits);
}

/** `123.4500`: positional notation with at least `minFraction` digits after the point. */
export function fixedNotation(d: Decimal, minFraction: number): string {
  const { digits, exponent } = d;
  let whole: string;
  let fraction: string;
  if (digits === '') {
    [whole, fraction] = ['0', ''];
  } else if (exponent <= 0) {
    [whole, fraction] = ['0', '0'.repeat(-exponent) + digits];
  } else if (exponent < digits.length) {
    [whole, fraction] = [digits.slice(0, exponent), digits.slice(exponent)];
  } else {
    [whole, fraction] = [digits + '0'.repeat(exponent - digits.length), ''];
  }
  fraction = fraction.padEnd(minFraction, '0');
  return fraction === '' ? whole : `${whole}.${fraction}`;
}

/** `1.2345e3`: one digit before the point, at least `minFraction` after it. */
export function exponentNotation(d: Decimal, minFraction: number, upper: boolean): string {
  const first = d.digits === '' ? '0' : d.digits[0];
  const fraction = d.digits.slice(1).padEnd(minFraction, '0');
  const exponent = d.digits === '' ? 0 : d.exponent - 1;
  return `${first}${fraction === '' ? '' : '.' + fraction}${upper ? 'E' : 'e'}${exponent}`;
}
