// Binary and unary operators, where Go's arithmetic differs from JavaScript's:
//   a / b (ints)   -> intDiv(a, b)         a / 2 -> Math.trunc(a / 2)
//   a % b (ints)   -> intMod(a, b)
//   a << n         -> a * 2 ** n           a >> n -> Math.floor(a / 2 ** n)   (Go's int is 64-bit)
//   a &^ b         -> a & ~b               ^a -> ~a (an int: -a - 1, exact beyond 32 bits)
//   a | b (ints)   -> or64(a, b)           (and64, xor64, andNot64: Go's int is 64-bit; x & 0xff stays)
//   a + b (uint8)  -> a + b & 0xff         (sized integers wrap: | 0 for int32, >>> 0 for uint32;
//   a * b (int32)  -> Math.imul(a, b)       << 16 >> 16 for int16...)
//   u + 1 (uint64) -> BigInt.asUintN(64, u + 1n)   (uint, uint64, uintptr, int64 are bigints: big-integers.ts)
//   x+0.2 == 0.3   -> true                (constant expressions are exact: constants.ts)
//   a == b         -> a === b              (structs and arrays: equal(a, b); slices: s == nil -> isNilSlice(s);
//                                           two interfaces: interfacesEqual(a, b))
//   x == 'a' (x any) -> x === box(97, 'int32')   (the concrete side goes into the interface: boxes.ts)
//   c * 2 + d      -> c.mul(2).add(d)      (complex numbers: c == d -> c.equals(d); 1 + 2i -> cmplx.complex(1, 2))
//   &T{...}, *p    -> the object itself    (pointers to structs are references already)
//   <-ch           -> await ch.recv()      (channels.ts)
import { join, ts, type Code } from '../emit/code.js';
import { field, operatorOf, type Node } from '../syntax.js';
import { receive } from './channels.js';
import { arrowOperand } from './functions.js';
import type { GoContext, Typed } from './context.js';
import { asBig, asNumber, isBig, isNumberOrBig, isSigned, wrap64 } from './big-integers.js';
import { COMPLEX_METHODS, complexConstant, complexLiteral, UNTYPED_COMPLEX } from './complex-numbers.js';
import { exactInteger, exactLiteral, exactWhereDoublesDiffer } from './constants.js';
import {
  BOOL,
  defaultType,
  describeType,
  INT,
  isComplex,
  isFloating,
  isInteger,
  pointsToVariable,
  resolve,
  UNKNOWN,
  type GoType,
} from './types.js';
import { inInterface, isError, nilableType, nonNil, pointerToVariable } from './values.js';
import { interfaceBox } from './boxes.js';
import { valueClassName } from './methods.js';
import { elementTarget } from './expr-index-slice.js';
import { nilTests, withNarrowed } from './narrowing.js';
import { memberBase } from './expr-selector.js';
import { typeName } from './names.js';
import { quote } from './literals.js';

export function binary(cx: GoContext, node: Node): Typed {
  const translated = translatedBinary(cx, node);
  const exact = exactWhereDoublesDiffer(cx, node);
  if (exact === null) return translated;
  const big = isBig(cx, translated.type) && exactInteger(exact) !== null;
  return { code: ts`${exactLiteral(exact)}${big ? 'n' : ''}`, type: translated.type };
}

function translatedBinary(cx: GoContext, node: Node): Typed {
  const op = operatorOf(node);
  if (op === '&&' || op === '||') {
    // `p != nil && p.x > 0`: the right side knows what the left tested (narrowing.ts).
    const l = operandOf(cx, field(node, 'left')!);
    const tests = nilTests(cx, field(node, 'left'));
    const rightNode = field(node, 'right')!;
    const r = withNarrowed(cx, op === '&&' ? tests.whenTrue : tests.whenFalse, [rightNode], () =>
      operandOf(cx, rightNode),
    );
    return { ...infix(l, op, r), type: BOOL };
  }
  const [l, r] = bigOperands(cx, op, field(node, 'left')!, field(node, 'right')!);
  const [lt, rt] = [resolve(l.type, cx.decls), resolve(r.type, cx.decls)];
  const withInterface = lt.kind === 'interface' || rt.kind === 'interface';
  if ((isComplex(lt) || isComplex(rt)) && !withInterface) return complexBinary(cx, node, l, r);
  const type = l.type.kind === 'untyped' ? r.type : l.type;
  switch (op) {
    case '==':
    case '!=':
      return { ...equality(cx, l, r, op), type: BOOL };
    case '<':
    case '<=':
    case '>':
    case '>=':
    case '&&':
    case '||':
      return { ...infix(l, op, r), type: BOOL };
    default: {
      const both =
        l.type.kind === 'untyped' && r.type.kind === 'untyped'
          ? l.type.name === 'float' || r.type.name === 'float'
            ? l.type.name === 'float'
              ? l.type
              : r.type
            : l.type
          : type;
      // A shift has its left operand's type (`1 << n` is an int whatever n is).
      const result = op === '<<' || op === '>>' ? l.type : both;
      return { ...arith(cx, l, op, r, result), type: result };
    }
  }
}

/**
 * An operator on complex numbers: a method of the left operand (a constant there becomes a
 * complex: `2 * c` -> `cmplx.complex(2, 0).mul(c)`); a constant expression folds to its value.
 */
function complexBinary(cx: GoContext, node: Node, l: Typed, r: Typed): Typed {
  const op = operatorOf(node);
  const type = l.type.kind !== 'untyped' ? l.type : r.type.kind !== 'untyped' ? r.type : UNTYPED_COMPLEX;
  const constant = type.kind === 'untyped' ? complexConstant(cx, node) : null;
  if (constant) return { code: ts`${complexLiteral(constant)}`, type };
  const leftNode = field(node, 'left')!;
  // Another operator on complex numbers gives a method call already (`a.mul(b)`, `c.neg()`).
  const call =
    leftNode.type === 'binary_expression' || (leftNode.type === 'unary_expression' && operatorOf(leftNode) !== '<-');
  const left = !isComplex(resolve(l.type, cx.decls))
    ? { ...l, code: ts`cmplx.complex(${l.code}, 0)` }
    : call
      ? l
      : memberBase(leftNode, l);
  if (op === '==' || op === '!=') {
    const equals = ts`${grouped(left, MEMBER)}.equals(${r.code})`;
    return op === '==' ? { code: equals, type: BOOL } : { code: ts`!${equals}`, precedence: UNARY, type: BOOL };
  }
  if (!COMPLEX_METHODS[op]) return { code: cx.unsupported(node, `${op} on complex numbers`), type };
  return { ...arith(cx, left, op, r, type), type };
}

/** Both operands; where one is a bigint (big-integers.ts), an untyped constant on the other side becomes one too, and a number's shift count becomes a number. */
function bigOperands(cx: GoContext, op: string, leftNode: Node, rightNode: Node): [Typed, Typed] {
  const l = operandOf(cx, leftNode);
  const r = operandOf(cx, rightNode);
  const [lBig, rBig] = [isBig(cx, l.type), isBig(cx, r.type)];
  if (op === '<<' || op === '>>') {
    if (lBig) return [l, { code: asBig(cx, rightNode, r), type: l.type }];
    return rBig ? [l, { code: asNumber(cx, r), type: INT }] : [l, r];
  }
  if (lBig && !rBig) return [l, { code: asBig(cx, rightNode, r), type: l.type }];
  if (rBig && !lBig) return [{ code: asBig(cx, leftNode, l), type: r.type }, r];
  return [l, r];
}

/** JavaScript's precedence of the operators the translation writes (higher binds tighter). */
const PRECEDENCE: Record<string, number> = {
  '||': 3,
  '&&': 4,
  '|': 5,
  '^': 6,
  '&': 7,
  '==': 8,
  '!=': 8,
  '===': 8,
  '!==': 8,
  '<': 9,
  '<=': 9,
  '>': 9,
  '>=': 9,
  '<<': 10,
  '>>': 10,
  '+': 11,
  '-': 11,
  '*': 12,
  '/': 12,
  '%': 12,
};
const UNARY = 14;
const MEMBER = 17;

/** An operand of a JavaScript operator, with the precedence of its own outermost operator (none: an atom). */
export interface Operand {
  code: Code;
  precedence?: number;
}

/** The operand's code, in parentheses where JavaScript would bind it looser than `min` (Go's `|` binds tighter than `==`, JavaScript's does not). */
function grouped(operand: Operand, min: number): Code {
  return (operand.precedence ?? Infinity) < min ? ts`(${operand.code})` : operand.code;
}

/** `l op r` for a left-associative JavaScript operator. */
function infix(l: Operand, op: string, r: Operand): Operand {
  const p = PRECEDENCE[op]!;
  return { code: ts`${grouped(l, p)} ${op} ${grouped(r, p + 1)}`, precedence: p };
}

function equality(cx: GoContext, l: Typed, r: Typed, op: string): { code: Code; precedence?: number } {
  const jsOp = op === '==' ? '===' : '!==';
  const nilSide =
    l.type.kind === 'untyped' && l.type.name === 'nil'
      ? r
      : r.type.kind === 'untyped' && r.type.name === 'nil'
        ? l
        : null;
  if (nilSide && resolve(nilSide.type, cx.decls).kind === 'slice') {
    cx.use('isNilSlice');
    const call = ts`isNilSlice(${nilSide.code})`;
    return op === '==' ? { code: call } : { code: ts`!${call}`, precedence: UNARY };
  }
  if (nilSide) return infix(l, op, r);
  // An interface compared with a value of another type: as that value in an interface (boxed,
  // interned: ===); a float's box is not interned, so equal() compares its value.
  const [li, ri] = [l, r].map((side) => resolve(side.type, cx.decls).kind === 'interface');
  // Two interfaces (not errors, which the translation cannot always mark as pointers): by dynamic type and value.
  if (li && ri && !isError(l.type) && !isError(r.type)) {
    cx.use('interfacesEqual');
    const call = ts`interfacesEqual(${l.code}, ${r.code})`;
    return op === '==' ? { code: call } : { code: ts`!${call}`, precedence: UNARY };
  }
  const concrete = li === ri ? null : li ? r : l;
  if (concrete) [l, r] = li ? [l, intoInterface(cx, r)] : [intoInterface(cx, l), r];
  const lt = resolve(defaultType(l.type), cx.decls);
  const floating = concrete !== null && isFloating(resolve(concrete.type, cx.decls));
  if (lt.kind === 'struct' || lt.kind === 'array' || floating) {
    cx.use('equal');
    const call = ts`equal(${asClassOf(cx, l, r)}, ${asClassOf(cx, r, l)})`;
    return op === '==' ? { code: call } : { code: ts`!${call}`, precedence: UNARY };
  }
  return infix(l, jsOp, r);
}

/** A boxed type's value as an interface holds it (boxes.ts); another value as it is. */
function intoInterface(cx: GoContext, side: Typed): Typed {
  const boxed = interfaceBox(cx.decls, side.type) || valueClassName(cx.decls, side.type);
  return boxed ? { code: inInterface(cx, side.code, side.type), type: side.type } : side;
}

/** A value of an unnamed struct type (`struct{}{}`) compared with a named struct type's: as that type's class, whose instances `equal` compares. */
function asClassOf(cx: GoContext, value: Typed, other: Typed): Code {
  const name = other.type.kind === 'named' && cx.decls.isStruct(other.type.name) ? other.type.name : null;
  return name && value.type.kind === 'struct' ? ts`new ${typeName(name)}(${value.code})` : value.code;
}

/** `l op r` for an arithmetic operator (also the `op` of an assignment `x op= r`); a sized integer wraps around as in Go. */
export function arith(cx: GoContext, l: Operand, op: string, r: Operand, type: GoType): Operand {
  if (isBig(cx, type)) return bigArith(cx, l, op, r, type);
  if (isComplex(resolve(type, cx.decls))) return { code: ts`${grouped(l, MEMBER)}.${COMPLEX_METHODS[op]!}(${r.code})` };
  if (isNumberOrBig(cx, type)) {
    cx.use('numeric');
    return { code: ts`numeric(${l.code}, '${op}', ${r.code})` };
  }
  const size = sizedInteger(cx, type);
  if (size && op === '*' && size.endsWith('32')) {
    // Math.imul multiplies 32-bit integers exactly, where a product of doubles would round.
    const product = { code: ts`Math.imul(${l.code}, ${r.code})` };
    return size === 'uint32' ? wrapInteger(product, size) : product;
  }
  const result = unwrapped(cx, l, op, r, type);
  return size && leavesRange(size, op, r) ? wrapInteger(result, size) : result;
}

/**
 * Whether `l op r` can leave sized integer type `size`'s range: JavaScript's 32-bit bitwise
 * operators give signed results (a uint32 with its top bit set comes back negative), and the
 * minimum of a signed type divided by -1 is one past its maximum.
 */
function leavesRange(size: string, op: string, r: Operand): boolean {
  if (WRAPPING_OPERATORS.has(op)) return true;
  if (size === 'uint32') return op in BITWISE_64;
  return op === '/' && size.startsWith('int') && !/^[1-9][0-9]*$/.test(r.code.toString());
}

function unwrapped(cx: GoContext, l: Operand, op: string, r: Operand, type: GoType): Operand {
  if ((op === '/' || op === '%') && isInteger(type) && !/^[1-9][0-9]*$/.test(r.code.toString())) {
    const helper = op === '/' ? 'intDiv' : 'intMod';
    cx.use(helper);
    return { code: ts`${helper}(${l.code}, ${r.code})` };
  }
  if (op === '/' && isInteger(type)) return { code: ts`Math.trunc(${infix(l, '/', r).code})` };
  // JavaScript shifts are 32-bit; Go's int is 64-bit: shift by multiplying (exact to 2^53).
  if (op === '<<' || op === '>>') {
    const power = { code: ts`2 ** ${grouped(r, UNARY)}`, precedence: 13 };
    return op === '<<' ? infix(l, '*', power) : { code: ts`Math.floor(${infix(l, '/', power).code})` };
  }
  const helper = BITWISE_64[op];
  if (helper && needsBitwise64(cx, l, op, r, type)) {
    cx.use(helper);
    return { code: ts`${helper}(${l.code}, ${r.code})` };
  }
  if (op === '&^') return infix(l, '&', { code: ts`~${grouped(r, UNARY)}`, precedence: UNARY });
  return infix(l, op, r);
}

/** The runtime's exact & | ^ &^ for 64-bit integers held in numbers. */
const BITWISE_64: Record<string, string> = { '&': 'and64', '|': 'or64', '^': 'xor64', '&^': 'andNot64' };

/** Whether JavaScript's 32-bit operator could lose bits: a 64-bit integer variable, unless `x & 0xff` keeps only low bits anyway. */
function needsBitwise64(cx: GoContext, l: Operand, op: string, r: Operand, type: GoType): boolean {
  if (!isInteger(resolve(type, cx.decls)) || type.kind === 'untyped' || sizedInteger(cx, type)) return false;
  return !(op === '&' && (isSmallConstant(l) || isSmallConstant(r)));
}

function isSmallConstant(operand: Operand): boolean {
  const text = operand.code.toString();
  return /^(0[xX][0-9a-fA-F]+|\d+)$/.test(text) && Number(text) < 2 ** 31;
}

/** `l op r` on bigints (big-integers.ts): exact, wrapped around where it can leave uint64's range. */
function bigArith(cx: GoContext, l: Operand, op: string, r: Operand, type: GoType): Operand {
  // MinInt64 / -1 is the one quotient past int64's range.
  if (WRAPPING_OPERATORS.has(op) || (op === '/' && isSigned(cx, type)))
    return { code: wrap64(cx, type, infix(l, op, r).code) };
  if (op === '&^') return infix(l, '&', { code: ts`~${grouped(r, UNARY)}`, precedence: UNARY });
  return infix(l, op, r);
}

/** Operators whose result can leave a sized integer type's range. */
const WRAPPING_OPERATORS = new Set(['+', '-', '*', '<<']);

/** How a value comes back into a sized integer type's range: JavaScript's 32-bit operators wrap exactly. */
const WRAPS: Record<string, { op: string; operand: string; precedence: number }> = {
  int32: { op: '|', operand: '0', precedence: 5 },
  uint32: { op: '>>>', operand: '0', precedence: 10 },
  int16: { op: '<<', operand: '16 >> 16', precedence: 10 },
  int8: { op: '<<', operand: '24 >> 24', precedence: 10 },
  uint16: { op: '&', operand: '0xffff', precedence: 7 },
  uint8: { op: '&', operand: '0xff', precedence: 7 },
};

/** The Go name of a type that is an integer of 8, 16 or 32 bits (`rune` is int32, `byte` uint8), or null. */
export function sizedInteger(cx: GoContext, type: GoType): string | null {
  const t = resolve(type, cx.decls);
  if (t.kind !== 'basic') return null;
  const name = t.name === 'rune' ? 'int32' : t.name === 'byte' ? 'uint8' : t.name;
  return name in WRAPS ? name : null;
}

/** A value of a sized integer type brought into its range, as Go's arithmetic wraps around (`x & 0xff` for a uint8). */
export function wrapInteger(value: Operand, size: string): Operand {
  const wrap = WRAPS[size]!;
  return { code: ts`${grouped(value, wrap.precedence)} ${wrap.op} ${wrap.operand}`, precedence: wrap.precedence };
}

/** `-x`, which wraps around for an unsigned or sized integer. */
function negated(cx: GoContext, result: Operand, type: GoType): Operand {
  if (isBig(cx, type)) return { code: wrap64(cx, type, result.code) };
  const size = sizedInteger(cx, type);
  return size ? wrapInteger(result, size) : result;
}

/** `^x`: JavaScript's `~` is 32-bit, exact for a sized integer (wrapped when unsigned); a 64-bit int's is `-x - 1`. */
function complement(cx: GoContext, operand: Typed): Operand {
  const size = sizedInteger(cx, operand.type);
  const not = { code: ts`~${grouped(operand, UNARY)}`, precedence: UNARY };
  if (isBig(cx, operand.type)) return { code: wrap64(cx, operand.type, not.code) };
  if (size) return size.startsWith('u') ? wrapInteger(not, size) : not;
  if (!isInteger(resolve(operand.type, cx.decls)) || operand.type.kind === 'untyped') return not;
  return infix({ code: ts`-${grouped(operand, UNARY)}`, precedence: UNARY }, '-', { code: ts`1` });
}

/** An operator's operand: a function literal goes in parentheses (functions.ts). */
function operandOf(cx: GoContext, node: Node): Typed {
  const t = cx.expr(node);
  return { ...t, code: arrowOperand(node, t.code) };
}

/**
 * `&p.f` where p is a pointer: the field of the struct p points to now, whatever p points to
 * later (`p = &p.next` walks on): `pointerToField(p, 'f')`. Null for another operand.
 */
function fieldOfPointer(cx: GoContext, node: Node, operand: Typed): Code | null {
  const objectNode = node.type === 'selector_expression' ? field(node, 'operand') : null;
  if (!objectNode) return null;
  const object = cx.expr(objectNode);
  if (resolve(object.type, cx.decls).kind !== 'pointer') return null;
  const [whole, base] = [operand.code.toString(), object.code.toString()];
  // The `!` that says p is not nil (values.ts) is the TypeScript's alone.
  const path = whole.startsWith(base) ? whole.slice(base.length).replaceAll('!.', '.') : '';
  if (!/^(\.[\p{L}_$][\p{L}\p{N}_$]*)+$/u.test(path)) return null;
  cx.use('pointerToField');
  return ts`pointerToField(${join(
    [
      nonNil(object).code,
      ...path
        .slice(1)
        .split('.')
        .map((k) => ts`${quote(k)}`),
    ],
    ', ',
  )})`;
}

/** Operands of `&` that JavaScript can assign to as written (a variable, a field). */
const ADDRESSABLE = new Set(['identifier', 'selector_expression']);

export function unary(cx: GoContext, node: Node): Typed {
  const op = operatorOf(node);
  const operandNode = field(node, 'operand')!;
  if (op === '<-') return receive(cx, operandNode);
  const operand = operandOf(cx, operandNode);
  switch (op) {
    case '&': {
      const type: GoType = { kind: 'pointer', elem: operand.type };
      const ofPointer = pointsToVariable(operand.type, cx.decls) ? fieldOfPointer(cx, operandNode, operand) : null;
      if (ofPointer) return { code: ofPointer, type };
      if (pointsToVariable(operand.type, cx.decls) && ADDRESSABLE.has(operandNode.type))
        return { code: pointerToVariable(cx, operand.code), type };
      const element = operandNode.type === 'index_expression' ? elementTarget(cx, operandNode) : null;
      if (element && pointsToVariable(operand.type, cx.decls))
        return { code: pointerToVariable(cx, element.code), type };
      // `&IntHeap{2, 1, 5}` (a named slice, a number...): a fresh variable holding the value.
      if (operandNode.type === 'composite_literal' && pointsToVariable(operand.type, cx.decls))
        return { code: ts`{ value: ${operand.code} }`, type };
      const target = resolve(operand.type, cx.decls);
      const isObject =
        target.kind === 'struct' || target.kind === 'unknown' || (target.kind === 'named' && target.name.includes('.'));
      if (!isObject && operandNode.type !== 'composite_literal') {
        cx.reportUnsupported(
          node,
          `a pointer to a ${describeType(operand.type)} (only pointers to structs translate; this one is a copy)`,
        );
        return { code: operand.code, type: { kind: 'pointer', elem: operand.type } };
      }
      return { code: operand.code, type: { kind: 'pointer', elem: operand.type } };
    }
    case '*': {
      // Go panics on a nil pointer here: `p!` (values.ts).
      const t = resolve(operand.type, cx.decls);
      const pointer = nonNil(memberBase(operandNode, operand));
      if (t.kind === 'pointer' && pointsToVariable(t.elem, cx.decls))
        return { code: ts`${pointer.code}.value`, type: t.elem, maybeNil: nilableType(cx, t.elem) };
      return { code: pointer.code, type: t.kind === 'pointer' ? t.elem : UNKNOWN };
    }
    case '^':
      return { ...complement(cx, operand), type: operand.type };
    default: {
      if (isComplex(resolve(operand.type, cx.decls)) && op !== '!') {
        const constant = complexConstant(cx, node);
        if (constant) return { code: ts`${complexLiteral(constant)}`, type: operand.type };
        return {
          code: op === '-' ? ts`${memberBase(operandNode, operand).code}.neg()` : operand.code,
          type: operand.type,
        };
      }
      // `- -x` written `--x` would be a decrement.
      const space = /^[-+]$/.test(op) && operand.code.toString().startsWith(op) ? ' ' : '';
      const result = { code: ts`${op}${space}${grouped(operand, UNARY)}`, precedence: UNARY };
      return { ...(op === '-' ? negated(cx, result, operand.type) : result), type: op === '!' ? BOOL : operand.type };
    }
  }
}
