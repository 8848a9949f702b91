// Go's constant expressions are exact (the spec's "Constant expressions"): they are evaluated
// here, at translation time, with rationals of bigints, and where JavaScript's doubles would
// give another value the expression becomes its exact value's literal:
//   const x = 0.1; x+0.2 == 0.3   -> true           (doubles: false)
//   1 << 100 >> 98                 -> 4              (doubles: exact too, kept as written)
//   const third = 1.0 / 3 * 3      -> const third = 1
//   2 * 3, 1 << 10                 -> as written     (doubles give the same value)
import { field, kids, operatorOf, type Node } from '../syntax.js';
import type { GoContext } from './context.js';
import type { Exact } from './exact.js';
import { goIntLiteral, runeValue } from './literals.js';

/** A constant's exact value beside the double JavaScript computes for the expression as translated. */
interface Evaluated {
  exact: Exact;
  double: number | boolean;
}

/** The exact value of a constant expression of numbers (literals, iota, constants, math's limits, operators), or null. */
export function exactValue(cx: GoContext, node: Node): Exact | null {
  return evaluate(cx, node)?.exact ?? null;
}

/** The exact value of a constant expression where the translated expression would compute another value in doubles; null where it would not. */
export function exactWhereDoublesDiffer(cx: GoContext, node: Node): Exact | null {
  const v = evaluate(cx, node);
  if (v === null) return null;
  if (typeof v.exact === 'boolean') return v.exact === v.double ? null : v.exact;
  return typeof v.double === 'number' && toDouble(v.exact) === v.double ? null : v.exact;
}

/** The integer an exact value holds, or null (a fraction, a boolean). */
export function exactInteger(value: Exact | null): bigint | null {
  return value !== null && typeof value !== 'boolean' && value.den === 1n ? value.num : null;
}

/** A JavaScript literal for an exact constant: an integer's digits, a fraction's nearest double. */
export function exactLiteral(value: Exact): string {
  if (typeof value === 'boolean') return String(value);
  if (value.den === 1n) return String(value.num);
  return String(toDouble(value));
}

function evaluate(cx: GoContext, node: Node): Evaluated | null {
  switch (node.type) {
    case 'int_literal':
      return number(ratio(BigInt(goIntLiteral(node.text)), 1n));
    case 'float_literal':
      return floatLiteral(node.text);
    case 'rune_literal':
      return number(ratio(BigInt(runeValue(node.text)), 1n));
    case 'iota':
      return cx.scope.lookup('iota') ? null : number(ratio(BigInt(cx.iota), 1n));
    case 'identifier': {
      const constant = cx.scope.lookup(node.text)?.constant;
      return constant === undefined ? null : { exact: constant, double: doubleOf(constant) };
    }
    case 'selector_expression':
      return mathLimit(cx, node);
    case 'parenthesized_expression':
      return evaluate(cx, kids(node)[0]!);
    case 'unary_expression':
      return unary(operatorOf(node), evaluate(cx, field(node, 'operand')!));
    case 'binary_expression': {
      const l = evaluate(cx, field(node, 'left')!);
      const r = l && evaluate(cx, field(node, 'right')!);
      return l && r ? binary(operatorOf(node), l, r) : null;
    }
    default:
      return null;
  }
}

function number(exact: { num: bigint; den: bigint }): Evaluated {
  return { exact, double: toDouble(exact) };
}

function doubleOf(exact: Exact): number | boolean {
  return typeof exact === 'boolean' ? exact : toDouble(exact);
}

/** A decimal float literal (`0.1`, `1e-3`, `.5`) exactly; hexadecimal ones are exact doubles already. */
function floatLiteral(text: string): Evaluated | null {
  const m = /^(\d*)\.?(\d*)(?:[eE]([-+]?\d+))?$/.exec(text.replace(/_/g, ''));
  if (!m) return null;
  const [, whole, fraction, exponent] = m;
  const shift = Number(exponent ?? 0) - fraction!.length;
  const digits = BigInt(`${whole}${fraction}` || '0');
  const exact = shift >= 0 ? ratio(digits * 10n ** BigInt(shift), 1n) : ratio(digits, 10n ** BigInt(-shift));
  return { exact, double: Number(text.replace(/_/g, '')) };
}

/** math's integer limits, exact (the runtime's numbers stop at 2^53). */
const MATH_LIMITS: Record<string, bigint> = {
  MaxUint: 2n ** 64n - 1n,
  MaxUint64: 2n ** 64n - 1n,
  MaxUint32: 2n ** 32n - 1n,
  MaxUint16: 2n ** 16n - 1n,
  MaxUint8: 2n ** 8n - 1n,
  MaxInt: 2n ** 63n - 1n,
  MaxInt64: 2n ** 63n - 1n,
  MinInt: -(2n ** 63n),
  MinInt64: -(2n ** 63n),
  MaxInt32: 2n ** 31n - 1n,
  MinInt32: -(2n ** 31n),
  MaxInt16: 2n ** 15n - 1n,
  MinInt16: -(2n ** 15n),
  MaxInt8: 2n ** 7n - 1n,
  MinInt8: -(2n ** 7n),
};

/** math.MaxInt64 and the like; the runtime's own value is what doubles compute. */
function mathLimit(cx: GoContext, node: Node): Evaluated | null {
  const pkg = field(node, 'operand');
  if (pkg === null || !cx.isPackage(pkg) || cx.decls.imports.get(pkg.text) !== 'math') return null;
  const limit = MATH_LIMITS[field(node, 'field')?.text ?? ''];
  if (limit === undefined) return null;
  const exact = ratio(limit, 1n);
  const safe = Number.MAX_SAFE_INTEGER;
  return { exact, double: Math.max(-safe, Math.min(safe, Number(limit))) };
}

function unary(op: string, v: Evaluated | null): Evaluated | null {
  if (v === null) return null;
  if (typeof v.exact === 'boolean') return op === '!' ? { exact: !v.exact, double: !v.double } : null;
  const { num, den } = v.exact;
  const d = v.double as number;
  switch (op) {
    case '+':
      return v;
    case '-':
      return { exact: ratio(-num, den), double: -d };
    case '^':
      return den === 1n ? { exact: ratio(~num, 1n), double: -d - 1 } : null;
    default:
      return null;
  }
}

function binary(op: string, l: Evaluated, r: Evaluated): Evaluated | null {
  if (typeof l.exact === 'boolean' || typeof r.exact === 'boolean') return logical(op, l, r);
  const [a, b] = [l.exact, r.exact];
  const [x, y] = [l.double as number, r.double as number];
  const compared = compare(op, a, b);
  if (compared !== null) return { exact: compared, double: compareDoubles(op, x, y) };
  const integers = a.den === 1n && b.den === 1n;
  switch (op) {
    case '+':
      return { exact: ratio(a.num * b.den + b.num * a.den, a.den * b.den), double: x + y };
    case '-':
      return { exact: ratio(a.num * b.den - b.num * a.den, a.den * b.den), double: x - y };
    case '*':
      return { exact: ratio(a.num * b.num, a.den * b.den), double: x * y };
    case '/':
      if (b.num === 0n) return null;
      // Go divides two untyped integer constants as integers, truncating.
      if (integers) return { exact: ratio(a.num / b.num, 1n), double: Math.trunc(x / y) };
      return { exact: ratio(a.num * b.den, a.den * b.num), double: x / y };
    default:
      return integers ? integerOnly(op, a.num, b.num, x, y) : null;
  }
}

function integerOnly(op: string, a: bigint, b: bigint, x: number, y: number): Evaluated | null {
  const exact = (v: bigint) => ratio(v, 1n);
  switch (op) {
    case '%':
      return b === 0n ? null : { exact: exact(a % b), double: x % y };
    case '<<':
      return b < 0n || b > 10000n ? null : { exact: exact(a << b), double: x * 2 ** y };
    case '>>':
      return b < 0n ? null : { exact: exact(a >> b), double: Math.floor(x / 2 ** y) };
    case '&':
      return bitwise(exact(a & b));
    case '|':
      return bitwise(exact(a | b));
    case '^':
      return bitwise(exact(a ^ b));
    case '&^':
      return bitwise(exact(a & ~b));
    default:
      return null;
  }
}

/** The translation's bitwise helpers are exact within 2^53: their double is the exact value's. */
function bitwise(exact: { num: bigint; den: bigint }): Evaluated {
  return { exact, double: toDouble(exact) };
}

function logical(op: string, l: Evaluated, r: Evaluated): Evaluated | null {
  if (typeof l.exact !== 'boolean' || typeof r.exact !== 'boolean') return null;
  const [a, b] = [l.double as boolean, r.double as boolean];
  switch (op) {
    case '&&':
      return { exact: l.exact && r.exact, double: a && b };
    case '||':
      return { exact: l.exact || r.exact, double: a || b };
    case '==':
      return { exact: l.exact === r.exact, double: a === b };
    case '!=':
      return { exact: l.exact !== r.exact, double: a !== b };
    default:
      return null;
  }
}

function compare(op: string, a: { num: bigint; den: bigint }, b: { num: bigint; den: bigint }): boolean | null {
  const diff = a.num * b.den - b.num * a.den;
  return COMPARISONS[op]?.(diff > 0n ? 1 : diff < 0n ? -1 : 0) ?? null;
}

function compareDoubles(op: string, x: number, y: number): boolean {
  return COMPARISONS[op]!(x > y ? 1 : x < y ? -1 : 0);
}

const COMPARISONS: Record<string, (sign: number) => boolean> = {
  '==': (s) => s === 0,
  '!=': (s) => s !== 0,
  '<': (s) => s < 0,
  '<=': (s) => s <= 0,
  '>': (s) => s > 0,
  '>=': (s) => s >= 0,
};

function ratio(num: bigint, den: bigint): { num: bigint; den: bigint } {
  if (den < 0n) [num, den] = [-num, -den];
  const g = gcd(num < 0n ? -num : num, den);
  return g > 1n ? { num: num / g, den: den / g } : { num, den };
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

/** The double nearest a rational (through about 20 significant decimal digits where its parts pass 2^53). */
export function toDouble({ num, den }: { num: bigint; den: bigint }): number {
  const limit = 2n ** 53n;
  const abs = num < 0n ? -num : num;
  if (abs <= limit && den <= limit) return Number(num) / Number(den);
  if (den === 1n) return Number(num);
  const scale = Math.max(0, 20 + String(den).length - String(abs).length);
  const digits = (abs * 10n ** BigInt(scale)) / den;
  return (num < 0n ? -1 : 1) * Number(`${digits}e-${scale}`);
}
