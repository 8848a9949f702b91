// 64- and 128-bit integers, exact. A number holds integers exactly only to 2^53, which is all
// most programs need, so 64-bit integers stay numbers (as fast as any other integer) unless the
// program says it needs more: an integer literal of 2^53 or more (a hash's or a random
// generator's constant), or checked arithmetic in a program with 64-bit integers (it is
// about their limits: Fibonacci numbers up to u64's last). Then every u64/i64/u128/i128 of the program is a bigint ("wide"), and
// values cross between the two representations only where Rust converts: `as`, and a
// literal or narrower integer meeting a wide one.
//   let mut seed: u64 = 2024;                -> let seed: bigint = 2024n;
//   seed.wrapping_mul(6364136223846793005)  -> rs.wrapping(seed * 6364136223846793005n, 'u64')
//   ((seed >> 33) % 10) as u8               -> Number(BigInt.asUintN(8, (seed >> 33n) % 10n))
import { ts, type Code } from '../emit/code.js';
import { field, kids, type Node } from '../syntax.js';
import type { RustType } from './types.js';

/** A translated value (context.ts's Typed). */
interface Typed {
  code: Code;
  type: RustType;
}

const WIDE_NAMES = /^[ui](64|128)$/;
const NUMBER_LIMIT = 2n ** 53n;

const CHECKED_ARITHMETIC = /^(checked|overflowing)_(add|sub|mul|pow)$/;

/** Whether the program has an integer literal a number cannot hold exactly, or checks 64-bit arithmetic for overflow. */
export function needsWideIntegers(root: Node): boolean {
  const pending = [root];
  let wideType = false;
  let checked = false;
  while (pending.length > 0) {
    const node = pending.pop()!;
    const type = node.type;
    if (type === 'integer_literal' && literalValue(node.text) >= NUMBER_LIMIT) return true;
    if (type === 'binary_expression' && shiftsPastNumbers(node)) return true;
    if (type === 'primitive_type' && WIDE_NAMES.test(node.text)) wideType = true;
    if (type.includes('identifier') && CHECKED_ARITHMETIC.test(node.text) && !onTime(node)) checked = true;
    // Pushed one by one: this walks every node, and a spread would go through an iterator.
    const children = kids(node);
    for (let i = 0; i < children.length; i++) pending.push(children[i]!);
  }
  return wideType && checked;
}

/** `Duration::from_millis(100).checked_sub(total)`: a Duration's or an Instant's checked arithmetic, not an integer's. */
function onTime(method: Node): boolean {
  return /^((std|tokio)::time::)?(Duration|Instant)::/.test(receiverText(method));
}

/** The text of the expression a method is called on, also inside a macro's token tree (`println!("{:?}", a.b().c())`). */
function receiverText(method: Node): string {
  if (method.parent?.type === 'field_expression') return field(method.parent, 'value')?.text ?? '';
  let text = '';
  for (let n = method.previousSibling; n && n.type !== ',' && n.type !== ';'; n = n.previousSibling)
    text = n.text + text;
  return text;
}

/**
 * A literal shifted to 2^53 or more (`1u64 << 60`), or a 64-bit literal shifted by a computed
 * count (`1u64 << (i * 6)`), which may reach any of its bits.
 */
function shiftsPastNumbers(node: Node): boolean {
  const left = field(node, 'left');
  const right = field(node, 'right');
  if (field(node, 'operator')?.text !== '<<' || left?.type !== 'integer_literal' || !right) return false;
  if (right.type !== 'integer_literal') return WIDE_SUFFIX.test(left.text);
  return literalValue(left.text) << literalValue(right.text) >= NUMBER_LIMIT;
}

const WIDE_SUFFIX = /[ui](64|128)$/;

function literalValue(text: string): bigint {
  const digits = text.replace(/_/g, '').replace(/[iu](8|16|32|64|128|size)$/, '');
  try {
    return BigInt(digits);
  } catch {
    return 0n;
  }
}

export function isWide(t: RustType): boolean {
  return t.kind === 'int' && t.wide === true;
}

/** The type with its 64- and 128-bit integers wide, wherever they are inside it. */
export function widen(t: RustType): RustType {
  switch (t.kind) {
    case 'int':
      return WIDE_NAMES.test(t.name) ? { kind: 'int', name: t.name, wide: true } : t;
    case 'tuple':
      return { kind: 'tuple', items: t.items.map(widen) };
    case 'vec':
      return { ...t, elem: widen(t.elem) };
    case 'set':
    case 'option':
      return { ...t, elem: widen(t.elem) };
    case 'map':
      return { ...t, key: widen(t.key), value: widen(t.value) };
    case 'result':
      return { kind: 'result', ok: widen(t.ok), err: widen(t.err) };
    case 'named':
      // AtomicU64 and AtomicI64 hold bigints (atomics.ts).
      if (/^std\.Atomic[UI]64$/.test(t.name))
        return { kind: 'named', name: t.name, args: [widen({ kind: 'int', name: t.name.slice(-3).toLowerCase() })] };
      return { ...t, args: t.args.map(widen) };
    case 'fn':
      return { ...t, params: t.params.map(widen), result: widen(t.result) };
    default:
      return t;
  }
}

/** A value as a bigint: a literal gets the `n` suffix, a number is converted. */
export function toWide(value: Typed): Code {
  if (isWide(value.type)) return value.code;
  const text = value.code.toString();
  if (/^-?(\d+|0x[\da-f]+|0o[0-7]+|0b[01]+)$/i.test(text)) return ts`${text}n`;
  return ts`BigInt(${value.code})`;
}

/** Both sides of an operator as one representation: bigints when either is wide. */
export function alike(left: Typed, right: Typed): [Typed, Typed] {
  if (isWide(left.type) === isWide(right.type)) return [left, right];
  return isWide(left.type)
    ? [left, { code: toWide(right), type: left.type }]
    : [{ code: toWide(left), type: right.type }, right];
}

/** `value as target` where either side is wide; null when neither is. */
export function wideCast(value: Typed, target: RustType): Code | null {
  const from = isWide(value.type);
  if (!from && !isWide(target)) return null;
  if (target.kind === 'float') return ts`Number(${value.code})`;
  if (target.kind !== 'int') return null;
  const bits = /size$/.test(target.name) ? 64 : Number(target.name.slice(1));
  if (value.type.kind === 'float' && isWide(target)) return ts`rs.floatAsWide(${value.code}, '${target.name}')`;
  const fit = target.name.startsWith('u') ? 'asUintN' : 'asIntN';
  const source =
    value.type.kind === 'float'
      ? ts`BigInt(Math.trunc(${value.code}))`
      : value.type.kind === 'bool'
        ? ts`BigInt(${value.code})`
        : toWide(value);
  const fitted = ts`BigInt.${fit}(${String(bits)}, ${source})`;
  return isWide(target) ? fitted : ts`Number(${fitted})`;
}
