// Operators with Rust's meaning: integer division truncates, 64-bit bitwise operations stay
// exact, Durations and Instants compute through their methods, `as` casts wrap, assignments
// drop the value they replace.
//   a / b    (integers)  -> Math.trunc(a / b)
//   x as u8              -> (x & 255)
//   deadline - now       (Instants)  -> deadline.durationSince(now)
//   0..=n                -> rs.range(0, n, true)
import { ts, typeOnly, type Code } from '../emit/code.js';
import { abbreviate, field, type Node } from '../syntax.js';
import { isOperand, rangeBounds, valuesOf } from './facts.js';
import type { RustContext, Typed } from './context.js';
import { BOOL, CHAR, FLOAT, I32, isInteger, isNamed, named, UNIT, vec, type RustType } from './types.js';
import { userDeref } from './user-deref.js';
import { binaryOperand, deref, equality, grouped, hasTopLevelSpace, isUnresolved, operand } from './values.js';
import {
  genericArithmetic,
  genericNegation,
  overloadedAssignment,
  overloadedBinary,
  overloadedEquality,
  overloadedUnary,
} from './operator-traits.js';
import { alike, isWide, toWide, wideCast } from './wide-integers.js';

export function binary(cx: RustContext, node: Node): Typed {
  const op = field(node, 'operator')?.text ?? '';
  const operand = (side: Node) => {
    const value = cx.expr(side);
    return { ...value, code: binaryOperand(value.code) };
  };
  // `&a..&b`, read by tree-sitter as `(&a..) & b`.
  if (op === '&' && rangeBounds(node)) return rangeExpression(cx, node);
  const left = operand(field(node, 'left')!);
  // `a + b` of a type that implements Add: its `add`.
  const overloaded = overloadedBinary(cx, op, left, field(node, 'right')!);
  if (overloaded) return overloaded;
  const right = operand(field(node, 'right')!);
  const time = timeOperation(op, left, right);
  if (time) return time;
  const special = overloadedEquality(cx, op, left, right) ?? genericArithmetic(cx, op, left, right);
  if (special) return special;
  // `&a - &b`, `&a | &b`, `&a & &b`, `&a ^ &b` of two sets: a new set.
  if (left.type.kind === 'set' && ['-', '|', '&', '^'].includes(op)) {
    cx.use('rs');
    return { code: ts`rs.setOperator(${left.code}, '${op}', ${right.code})`, type: left.type };
  }
  if (isWide(left.type) || isWide(right.type)) return wideBinary(op, left, right);
  switch (op) {
    case '==':
    case '!=':
      return { code: equality(cx, left, right, op === '!='), type: BOOL };
    case '<':
    case '>':
    case '<=':
    case '>=':
      // Tuples, Options, Vecs, structs and enum values compare as their derived PartialOrd says.
      if (comparesByValue(left.type) || comparesByValue(right.type)) {
        cx.use('rs');
        return { code: ts`rs.cmp(${left.code}, ${right.code}) ${op} 0`, type: BOOL };
      }
      return { code: ts`${left.code} ${op} ${right.code}`, type: BOOL };
    case '&&':
    case '||':
      return { code: ts`${left.code} ${op} ${right.code}`, type: BOOL };
    case '/':
      if (isInteger(left.type) || (isInteger(right.type) && left.type.kind !== 'float')) {
        return {
          code: ts`Math.trunc(${left.code} / ${right.code})`,
          type: left.type.kind === 'int' ? left.type : right.type,
        };
      }
      return { code: ts`${left.code} / ${right.code}`, type: left.type };
    case '+':
      return { code: ts`${left.code} + ${right.code}`, type: left.type.kind !== 'unknown' ? left.type : right.type };
    case '<<':
    case '>>':
    case '&':
    case '|':
    case '^':
      if (left.type.kind === 'bool' || right.type.kind === 'bool')
        return { code: boolBitwise(op, left, right), type: BOOL };
      return { code: bitwise(cx, op, left, right), type: left.type };
    default:
      return {
        code: ts`${left.code} ${op} ${right.code}`,
        type: left.type.kind !== 'unknown' ? left.type : right.type,
      };
  }
}

/** A type whose values JavaScript's `<` cannot order as Rust does. */
function comparesByValue(type: RustType): boolean {
  return ['tuple', 'vec', 'option', 'named'].includes(type.kind) && !isNamed(type, 'Ordering');
}

/**
 * `a ^ b`, `a & b`, `a | b` of bools: a bool (JavaScript's give a number), both sides evaluated.
 * (Not `a !== b`: tsc rejects it for two constants it typed `true` and `false`.)
 */
function boolBitwise(op: string, left: Typed, right: Typed): Code {
  return ts`!!(Number(${left.code}) ${op} Number(${right.code}))`;
}

/** A shift or bitwise operation on numbers, with the width of the left side's integer type. */
function bitwise(cx: RustContext, op: string, left: Typed, right: Typed): Code {
  if (left.type.kind === 'int' && /64|128|size/.test(left.type.name)) {
    // JavaScript's bitwise operators work on 32 bits: 64-bit integers shift and mask exactly (to 2^53).
    if (op === '<<') return ts`${grouped(left.code)} * 2 ** ${grouped(right.code)}`;
    if (op === '>>') return ts`Math.floor(${left.code} / 2 ** ${grouped(right.code)})`;
    cx.use('rs');
    return ts`rs.bitwise(${left.code}, '${op}', ${right.code})`;
  }
  // JavaScript's bitwise results are signed 32-bit: a u32 reads them unsigned (`1u32 << 31`, `x >> 31`).
  if (left.type.kind === 'int' && left.type.name === 'u32') {
    if (op === '>>') return ts`${left.code} >>> ${right.code}`;
    return ts`(${left.code} ${op} ${right.code}) >>> 0`;
  }
  return ts`${left.code} ${op} ${right.code}`;
}

/** An operator on bigints, whose `/` truncates already: both sides bigints, a shift's count too; a shift left wraps. */
function wideBinary(op: string, leftValue: Typed, rightValue: Typed): Typed {
  if (op === '<<' || op === '>>') {
    const count = toWide(rightValue);
    const code = ts`${leftValue.code} ${op} ${count}`;
    return { code: op === '<<' ? wrapWide(code, leftValue.type) : code, type: leftValue.type };
  }
  const [left, right] = alike(leftValue, rightValue);
  if (['==', '!=', '<', '>', '<=', '>='].includes(op)) {
    const strict = op === '==' ? '===' : op === '!=' ? '!==' : op;
    return { code: ts`${left.code} ${strict} ${right.code}`, type: BOOL };
  }
  return { code: ts`${left.code} ${op} ${right.code}`, type: isWide(left.type) ? left.type : right.type };
}

/** A shift or bitwise operator whose JavaScript form would lose the integer type's width (u32, 64-bit). */
function isWidthBound(op: string, type: RustType): boolean {
  return ['<<', '>>', '&', '|', '^'].includes(op) && type.kind === 'int' && /^u32$|64|128|size/.test(type.name);
}

function wrapWide(code: Code, type: RustType): Code {
  const name = type.kind === 'int' ? type.name : 'u64';
  return ts`BigInt.${name.startsWith('u') ? 'asUintN' : 'asIntN'}(${name.slice(1)}, ${code})`;
}

export function unary(cx: RustContext, node: Node): Typed {
  const op = node.text.trimStart()[0];
  const value = cx.expr(valuesOf(node)[0]!);
  if (op === '*') return userDeref(cx, value) ?? deref(value);
  const overloaded = overloadedUnary(cx, op ?? '', value) ?? genericNegation(cx, op ?? '', value);
  if (overloaded) return overloaded;
  // `!v.is_empty()` is `!(v.length === 0)`: a translation with operators of its own needs parentheses, and `- -x` is not `--x`.
  const text = value.code.toString();
  const inner = hasTopLevelSpace(text) || (op === '-' && text.startsWith('-')) ? ts`(${value.code})` : value.code;
  if (op === '!' && value.type.kind === 'int') return { code: bitNot(value.type, inner), type: value.type };
  if (op === '!') return { code: ts`!${inner}`, type: BOOL };
  return { code: ts`${op ?? ''}${inner}`, type: value.type };
}

/** `!x` of an integer: its bits flipped, within the type's width. */
function bitNot(type: RustType & { kind: 'int' }, value: Code): Code {
  if (isWide(type))
    return type.name.startsWith('u') ? ts`BigInt.asUintN(${type.name.slice(1)}, ~${value})` : ts`~${value}`;
  switch (type.name) {
    case 'u8':
      return ts`(~${value} & 0xff)`;
    case 'u16':
      return ts`(~${value} & 0xffff)`;
    case 'u32':
      return ts`(~${value} >>> 0)`;
    case 'i8':
    case 'i16':
    case 'i32':
      return ts`~${value}`;
    default:
      // A 64-bit integer held as a number: `-1 - x` is exact for a signed one; for an unsigned one it
      // stands for the complement in two's complement, which is what `&`, `|` and `^` read (`flags & !bit`).
      return ts`(-1 - ${value})`;
  }
}

export function assignment(cx: RustContext, node: Node): Typed {
  const leftNode = field(node, 'left')!;
  const left = cx.place(leftNode);
  if (!left) return cx.unsupported(leftNode, `assignment to ${abbreviate(leftNode.text)}`);
  const right = cx.expr(field(node, 'right')!);
  const local = leftNode.type === 'identifier' ? cx.scope.lookup(leftNode.text) : null;
  // `let mut found = None; ... found = Some((i, j));`: Rust typed `found` from the assignment.
  if (local && isUnresolved(local.type) && !isUnresolved(right.type)) local.type = right.type;
  // `let mut dist = vec![None; n]; ... dist[src] = Some(0);`: the element, from the first store.
  const indexed = leftNode.type === 'index_expression' ? valuesOf(leftNode)[0] : undefined;
  const array = indexed?.type === 'identifier' ? cx.scope.lookup(indexed.text) : null;
  if (array?.pending && !isUnresolved(right.type)) array.pending.settle(right.type);
  const setter = left.setter;
  if (cx.ownership.dropsBeforeAssign(node)) {
    cx.use('rs');
    cx.pre.push(ts`rs.drop(${left.code});`);
  }
  return assigned(node, setter ? setter(right.code) : ts`${left.code} = ${right.code}`);
}

/** An assignment's code: in parentheses where it is an operand (`opt.unwrap_or(x = 1)`), as JavaScript binds `=` last. */
function assigned(node: Node, code: Code): Typed {
  return { code: isOperand(node) ? ts`(${code})` : code, type: UNIT };
}

export function compoundAssignment(cx: RustContext, node: Node): Typed {
  const op = field(node, 'operator')?.text ?? '';
  const leftNode = field(node, 'left')!;
  const left = cx.place(leftNode);
  if (!left) return cx.unsupported(leftNode, `assignment to ${abbreviate(leftNode.text)}`);
  // `acc += v` of a type that implements AddAssign: its `add_assign`, which changes `acc` in place.
  const overloaded = overloadedAssignment(cx, op, left, field(node, 'right')!);
  if (overloaded) return overloaded;
  const binaryOp = op.slice(0, -1);
  // `flags |= 1 << bit` with a u64 `flags`: the literal is a u64 too (a shift's count is not).
  const rightNode = field(node, 'right')!;
  const given =
    left.type.kind === 'int' && binaryOp !== '<<' && binaryOp !== '>>'
      ? cx.exprWithExpected(rightNode, left.type)
      : cx.expr(rightNode);
  const right = isWide(left.type) ? { code: toWide(given), type: left.type } : given;
  const setter = left.setter;
  // `self.x += o.x` with `T: AddAssign`: the runtime's arithmetic, for a number or a struct.
  const generic = genericArithmetic(cx, binaryOp, left, right);
  if (generic) return assigned(node, setter ? setter(generic.code) : ts`${left.code} = ${generic.code}`);
  if (isWide(left.type) && !setter) return assigned(node, ts`${left.code} ${op} ${right.code}`);
  if (setter) {
    const computed =
      binaryOp === '/' && isInteger(left.type)
        ? ts`Math.trunc(${left.code} / ${right.code})`
        : isWidthBound(binaryOp, left.type)
          ? bitwise(cx, binaryOp, left, { ...right, code: grouped(right.code) })
          : ts`${left.code} ${binaryOp} ${right.code}`;
    return assigned(node, setter(computed));
  }
  if (binaryOp === '/' && isInteger(left.type))
    return assigned(node, ts`${left.code} = Math.trunc(${left.code} / ${right.code})`);
  // `seed ^= seed << 13` on a u32 stays unsigned; `mask |= 1 << 40` on a u64 stays exact.
  if (isWidthBound(binaryOp, left.type))
    return assigned(node, ts`${left.code} = ${bitwise(cx, binaryOp, left, { ...right, code: grouped(right.code) })}`);
  return assigned(node, ts`${left.code} ${op} ${right.code}`);
}

export function cast(cx: RustContext, node: Node): Typed {
  const value = cx.expr(field(node, 'value')!);
  const target = cx.items.type(field(node, 'type'));
  const wide = wideCast(value, target);
  if (wide && value.type.kind === 'float') cx.use('rs');
  if (wide) return { code: wide, type: target };
  if (target.kind === 'float') return { code: value.code, type: FLOAT };
  if (target.kind === 'int') {
    if (value.type.kind === 'char') return { code: ts`${value.code}.codePointAt(0)${typeOnly('!')}`, type: target };
    // Rust's float-to-integer `as` saturates at the type's limits, and NaN is 0.
    if (value.type.kind === 'float') {
      cx.use('rs');
      return { code: ts`rs.floatAs(${value.code}, '${target.name}')`, type: target };
    }
    if (value.type.kind === 'bool') return { code: ts`Number(${value.code})`, type: target };
    const signed = { i8: 24, i16: 16 }[target.name];
    if (
      signed !== undefined &&
      !(value.type.kind === 'int' && value.type.name.startsWith('i') && Number(value.type.name.slice(1)) <= 32 - signed)
    ) {
      return { code: ts`((${value.code} << ${String(signed)}) >> ${String(signed)})`, type: target };
    }
    if (target.name === 'i32' && value.type.kind === 'int' && /^(u32|u64|i64|usize|isize)$/.test(value.type.name))
      return { code: ts`(${value.code} | 0)`, type: target };
    if (target.name === 'u32' && !(value.type.kind === 'int' && value.type.name.startsWith('u')))
      return { code: ts`(${value.code} >>> 0)`, type: target };
    const bits = /^u(8|16)$/.exec(target.name);
    if (
      bits &&
      !(
        value.type.kind === 'int' &&
        value.type.name.startsWith('u') &&
        Number(value.type.name.slice(1)) <= Number(bits[1])
      )
    ) {
      return { code: ts`(${value.code} & ${String(2 ** Number(bits[1]) - 1)})`, type: target };
    }
    return { code: value.code, type: target };
  }
  if (target.kind === 'char') return { code: ts`String.fromCodePoint(${value.code})`, type: CHAR };
  return value;
}

/** `a..b` and `a..=b`: its bounds, or null for an open range. */
export function range(
  cx: RustContext,
  node: Node,
): { start: Code; end: Code; inclusive: boolean; type: RustType } | null {
  const bounds = rangeBounds(node);
  const [a, b] = [bounds?.start, bounds?.end];
  if (!a || !b) return null;
  // `1..30u64` in a program of wide integers: both ends bigints.
  const [start, end] = alike(cx.expr(a), cx.expr(b));
  return {
    start: start.code,
    end: end.code,
    inclusive: node.text.includes('..='),
    type: start.type.kind === 'int' ? start.type : end.type.kind === 'int' ? end.type : I32,
  };
}

const isTime = (t: RustType) => t.kind === 'named' && (t.name === 'Duration' || t.name === 'Instant');

/** Durations and Instants compare by their nanoseconds and add, subtract and scale by methods. */
function timeOperation(op: string, left: Typed, right: Typed): Typed | null {
  if (!isTime(left.type) && !isTime(right.type)) return null;
  const l = operand(left.code);
  const r = operand(right.code);
  if (['<', '>', '<=', '>='].includes(op)) return { code: ts`${l}.nanos ${op} ${r}.nanos`, type: BOOL };
  if (op === '==' || op === '!=') return { code: ts`${l}.nanos ${op}= ${r}.nanos`, type: BOOL };
  const leftIsInstant = left.type.kind === 'named' && left.type.name === 'Instant';
  switch (op) {
    case '+':
      return { code: ts`${l}.add(${right.code})`, type: left.type };
    case '-':
      if (leftIsInstant && right.type.kind === 'named' && right.type.name === 'Instant')
        return { code: ts`${l}.durationSince(${right.code})`, type: named('Duration') };
      return { code: ts`${l}.sub(${right.code})`, type: left.type };
    case '*':
      return isTime(left.type)
        ? { code: ts`${l}.mul(${right.code})`, type: left.type }
        : { code: ts`${r}.mul(${left.code})`, type: right.type };
    case '/':
      return { code: ts`${l}.div(${right.code})`, type: left.type };
  }
  return null;
}

/** A range as a value (a `for` over one is a counting loop). */
export function rangeExpression(cx: RustContext, node: Node): Typed {
  const r = range(cx, node);
  if (!r) return rangeFrom(cx, node);
  cx.use('rs');
  return { code: ts`rs.range(${r.start}, ${r.end}${r.inclusive ? ', true' : ''})`, type: vec(r.type) };
}

/** `a..`, a range without end: an iterator, which what reads it stops (`take_while`, `take`, `zip`). */
function rangeFrom(cx: RustContext, node: Node): Typed {
  const [start] = valuesOf(node);
  // `..n` and `..` (a slice's bounds are read in places.ts) are no iterator.
  if (!start || node.firstChild?.id !== start.id) return cx.unsupported(node, 'range without a start');
  const first = cx.expr(start);
  cx.use('rs');
  return {
    code: ts`rs.rangeFrom(${first.code})`,
    type: named('RangeFrom', first.type.kind === 'int' ? first.type : I32),
  };
}
