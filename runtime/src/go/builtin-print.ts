// Go's builtin print and println (to standard error), which format by themselves, not as fmt:
// floats in a fixed exponent form (`+1.500000e+000`), nil references as `0x0`.
import { output } from '../core/program.js';
import { Float64 } from '../fmt/go-values.js';

/** Go's builtin `print`: operands side by side. */
export function print(...args: unknown[]): void {
  output('stderr', args.map(builtinText).join(''));
}

/** Go's builtin `println`: operands separated by spaces, then a newline. */
export function println(...args: unknown[]): void {
  output('stderr', args.map(builtinText).join(' ') + '\n');
}

function builtinText(value: unknown): string {
  if (value instanceof Float64) return floatText(value.value);
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : floatText(value);
  if (value === null || value === undefined) return '0x0';
  return String(value);
}

/** A float as the runtime's printfloat writes it: sign, seven significant digits, a three-digit exponent. */
export function floatText(v: number): string {
  if (Number.isNaN(v)) return 'NaN';
  if (v === Infinity) return '+Inf';
  if (v === -Infinity) return '-Inf';
  const digits = 7;
  const sign = v < 0 || Object.is(v, -0) ? '-' : '+';
  let exponent = 0;
  let x = Math.abs(v);
  if (x !== 0) {
    while (x >= 10) {
      exponent++;
      x /= 10;
    }
    while (x < 1) {
      exponent--;
      x *= 10;
    }
    // Half a unit of the last digit, made as Go makes it (the same rounding of the same steps).
    let half = 5;
    for (let i = 0; i < digits; i++) half /= 10;
    x += half;
    if (x >= 10) {
      exponent++;
      x /= 10;
    }
  }
  let mantissa = '';
  for (let i = 0; i < digits; i++) {
    const d = Math.trunc(x);
    mantissa += String(d);
    x = (x - d) * 10;
  }
  const e = Math.abs(exponent);
  return `${sign}${mantissa[0]}.${mantissa.slice(1)}e${exponent < 0 ? '-' : '+'}${String(e).padStart(3, '0')}`;
}
