// Number methods: Math for the plain ones, the runtime for checked, wrapping and saturating
// arithmetic in the integer type's range.
//   x.pow(2)                 -> x ** 2
//   a.checked_add(b)   (u8)  -> rs.checked(a + b, 'u8')
import { ts } from '../../emit/code.js';
import { argument, type Call } from './call.js';
import type { Typed } from '../context.js';
import { BOOL, named, option, tuple, type RustType } from '../types.js';
import { isWide, toWide } from '../wide-integers.js';

const U32: RustType = { kind: 'int', name: 'u32' };

/** The ASCII classes of a byte (`b.is_ascii_digit()` on a u8), as character classes. */
const ASCII_CLASSES: Record<string, string> = {
  is_ascii_digit: '0-9',
  is_ascii_hexdigit: '0-9A-Fa-f',
  is_ascii_alphabetic: 'A-Za-z',
  is_ascii_alphanumeric: '0-9A-Za-z',
  is_ascii_uppercase: 'A-Z',
  is_ascii_lowercase: 'a-z',
  is_ascii_whitespace: '\\t\\n\\f\\r ',
  is_ascii_punctuation: '!-/:-@[-`{-~',
  is_ascii_graphic: '!-~',
  is_ascii_control: '\\x00-\\x1f\\x7f',
  is_ascii: '\\x00-\\x7f',
};

export function numberMethods(c: Call): Typed | null {
  const r = c.receiver;
  if (isWide(r.type)) return wideMethods(c);
  const asciiClass = ASCII_CLASSES[c.method];
  if (asciiClass !== undefined)
    return { code: ts`/^[${asciiClass}]$/.test(String.fromCharCode(${r.code}))`, type: BOOL };
  switch (c.method) {
    case 'is_nan':
      return { code: ts`Number.isNaN(${r.code})`, type: BOOL };
    case 'is_finite':
      return { code: ts`Number.isFinite(${r.code})`, type: BOOL };
    case 'is_infinite':
      return { code: ts`(Math.abs(${r.code}) === Infinity)`, type: BOOL };
    case 'abs':
    case 'sqrt':
    case 'floor':
    case 'ceil':
    case 'trunc':
      return { code: ts`Math.${c.method}(${r.code})`, type: r.type };
    case 'round':
      // Rust rounds half away from zero (-2.5 to -3), JavaScript's Math.round half up.
      if (r.type.kind !== 'float') return { code: ts`${r.code}`, type: r.type };
      return { code: ts`((x) => Math.sign(x) * Math.round(Math.abs(x)))(${r.code})`, type: r.type };
    case 'hypot':
      return { code: ts`Math.hypot(${r.code}, ${argument(c)})`, type: r.type };
    case 'total_cmp':
      c.cx.use('rs');
      return { code: ts`rs.totalCmp(${r.code}, ${argument(c)})`, type: named('Ordering') };
    case 'min':
    case 'max': {
      // f64's min and max take the other operand where one is NaN.
      if (r.type.kind !== 'float') return null;
      const fn = `Math.${c.method}`;
      return {
        code: ts`((a, b) => (Number.isNaN(a) ? b : Number.isNaN(b) ? a : ${fn}(a, b)))(${r.code}, ${argument(c)})`,
        type: r.type,
      };
    }
    case 'clamp': {
      const [low, high] = c.args();
      return { code: ts`Math.min(Math.max(${r.code}, ${low!.code}), ${high!.code})`, type: r.type };
    }
    case 'fract':
      return { code: ts`((x) => x - Math.trunc(x))(${r.code})`, type: r.type };
    case 'pow':
    case 'powi':
    case 'powf':
      return { code: ts`${r.code} ** ${argument(c)}`, type: r.type };
    case 'checked_add':
    case 'checked_sub':
    case 'checked_mul': {
      c.cx.use('rs');
      const op = { checked_add: '+', checked_sub: '-', checked_mul: '*' }[c.method];
      const intName = r.type.kind === 'int' ? r.type.name : 'i32';
      return { code: ts`rs.checked(${r.code} ${op} ${argument(c)}, '${intName}')`, type: option(r.type) };
    }
    case 'wrapping_neg':
    case 'checked_neg': {
      c.cx.use('rs');
      const intName = r.type.kind === 'int' ? r.type.name : 'i32';
      const kind = c.method === 'checked_neg' ? 'checked' : 'wrapping';
      return { code: ts`rs.${kind}(-${r.code}, '${intName}')`, type: kind === 'checked' ? option(r.type) : r.type };
    }
    case 'rem_euclid':
    case 'div_euclid':
      c.cx.use('rs');
      return {
        code: ts`rs.${c.method === 'rem_euclid' ? 'remEuclid' : 'divEuclid'}(${r.code}, ${argument(c)})`,
        type: r.type,
      };
    case 'abs_diff':
      return { code: ts`Math.abs(${r.code} - ${argument(c)})`, type: r.type };
    case 'signum':
      return { code: ts`Math.sign(${r.code})`, type: r.type };
    case 'wrapping_add':
    case 'wrapping_sub':
    case 'wrapping_mul':
    case 'saturating_add':
    case 'saturating_sub':
    case 'saturating_mul':
    case 'overflowing_add':
    case 'overflowing_sub':
    case 'overflowing_mul': {
      c.cx.use('rs');
      const op = { add: '+', sub: '-', mul: '*' }[c.method.split('_')[1] as 'add' | 'sub' | 'mul'];
      const intName = r.type.kind === 'int' ? r.type.name : 'i32';
      const kind = c.method.split('_')[0]!;
      // overflowing_*: the wrapped value and whether it wrapped.
      const type = kind === 'overflowing' ? tuple([r.type, BOOL]) : r.type;
      // A product of two 32-bit integers may pass 2^53, where a number drops its low bits: Math.imul keeps them.
      if (c.method === 'wrapping_mul' && /^[ui](8|16|32)$/.test(intName))
        return { code: ts`rs.wrapping(Math.imul(${r.code}, ${argument(c)}), '${intName}')`, type };
      return { code: ts`rs.${kind}(${r.code} ${op} ${argument(c)}, '${intName}')`, type };
    }
    case 'leading_zeros':
    case 'trailing_zeros':
    case 'count_ones':
    case 'count_zeros':
      return bitCount(c, r.type.kind === 'int' ? r.type.name : 'i32');
    case 'checked_pow':
    case 'saturating_pow': {
      // The power as a float is exact within the type's range, and out of it either way.
      c.cx.use('rs');
      const kind = c.method.split('_')[0]!;
      const intName = r.type.kind === 'int' ? r.type.name : 'i32';
      return {
        code: ts`rs.${kind}(${r.code} ** ${argument(c)}, '${intName}')`,
        type: kind === 'checked' ? option(r.type) : r.type,
      };
    }
    case 'rotate_left':
    case 'rotate_right':
    case 'swap_bytes': {
      c.cx.use('rs');
      const intName = r.type.kind === 'int' ? r.type.name : 'i32';
      const bits = /size$/.test(intName) ? '64' : intName.slice(1);
      const signed = String(intName.startsWith('i'));
      if (c.method === 'swap_bytes') return { code: ts`rs.swapBytes(${r.code}, ${bits}, ${signed})`, type: r.type };
      const by = c.method === 'rotate_left' ? argument(c) : ts`-(${argument(c)})`;
      return { code: ts`rs.rotate(${r.code}, ${by}, ${bits}, ${signed})`, type: r.type };
    }
    case 'unsigned_abs':
      return { code: ts`Math.abs(${r.code})`, type: unsignedOf(r.type) };
    case 'is_power_of_two':
      c.cx.use('rs');
      return { code: ts`rs.isPowerOfTwo(${r.code})`, type: BOOL };
    case 'is_positive':
      return { code: ts`(${r.code} > 0)`, type: BOOL };
    case 'is_negative':
      return { code: ts`(${r.code} < 0)`, type: BOOL };
  }
  return integerFamily(c);
}

function bitCount(c: Call, intName: string): Typed {
  c.cx.use('rs');
  const bits = /size$/.test(intName) ? '64' : intName.slice(1);
  const counts: Record<string, string> = {
    leading_zeros: 'leading',
    trailing_zeros: 'trailing',
    count_ones: 'ones',
    count_zeros: 'zeros',
  };
  const what = counts[c.method]!;
  return { code: ts`rs.bitCount(${c.receiver.code}, ${bits}, '${what}')`, type: U32 };
}

const FAMILY =
  /^(checked|wrapping|saturating|overflowing)_(add|sub|mul|neg|abs|pow|div|rem|shl|shr|div_euclid|rem_euclid)$/;

/** The rest of the checked_/wrapping_/saturating_/overflowing_ family, worked out exactly by the runtime. */
function integerFamily(c: Call): Typed | null {
  const r = c.receiver;
  const found = FAMILY.exec(c.method);
  if (!found || r.type.kind !== 'int') return null;
  const [, kind, op] = found as unknown as [string, string, string];
  c.cx.use('rs');
  const unary = op === 'neg' || op === 'abs';
  const b = unary ? ts`0` : argument(c);
  const code = ts`rs.${kind}Op('${op}', ${r.code}, ${b}, '${r.type.name}')`;
  const type = kind === 'checked' ? option(r.type) : kind === 'overflowing' ? tuple([r.type, BOOL]) : r.type;
  return { code, type };
}

/** The unsigned integer type of a signed one's width (`i64::unsigned_abs` gives a u64). */
function unsignedOf(t: RustType): RustType {
  return t.kind === 'int' ? { ...t, name: t.name.replace(/^i/, 'u') } : t;
}

/** Checked, wrapping and saturating arithmetic and `pow` on bigints. */
function wideMethods(c: Call): Typed | null {
  const r = c.receiver;
  const intName = r.type.kind === 'int' ? r.type.name : 'u64';
  const [kind, operation] = c.method.split('_') as [string, string];
  const op = { add: '+', sub: '-', mul: '*' }[operation];
  const arg = c.args()[0];
  if (arg && op && /^(checked|wrapping|saturating)$/.test(kind)) {
    c.cx.use('rs');
    const code = ts`rs.${kind}Wide(${r.code} ${op} ${toWide(arg)}, '${intName}')`;
    return { code, type: kind === 'checked' ? option(r.type) : r.type };
  }
  if (c.method === 'pow' && arg) return { code: ts`${r.code} ** ${toWide(arg)}`, type: r.type };
  switch (c.method) {
    case 'abs_diff':
      c.cx.use('rs');
      return { code: ts`rs.absDiff(${r.code}, ${argument(c)})`, type: unsignedOf(r.type) };
    case 'unsigned_abs':
      c.cx.use('rs');
      return { code: ts`rs.absDiff(${r.code}, 0)`, type: unsignedOf(r.type) };
    case 'leading_zeros':
    case 'trailing_zeros':
    case 'count_ones':
    case 'count_zeros':
      return bitCount(c, intName);
    case 'is_power_of_two':
      c.cx.use('rs');
      return { code: ts`rs.isPowerOfTwo(${r.code})`, type: BOOL };
    case 'is_positive':
      return { code: ts`(${r.code} > 0n)`, type: BOOL };
    case 'is_negative':
      return { code: ts`(${r.code} < 0n)`, type: BOOL };
  }
  return integerFamily(c);
}
