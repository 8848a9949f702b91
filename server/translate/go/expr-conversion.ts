// Type conversions `T(x)`:
//   string(r)        -> runeToString(r)          string(bs) -> stringOfBytes(bs)
//   string(runes)    -> stringFromRunes(runes)
//   []byte(s)        -> bytesOf(s)               []rune(s) -> runesOf(s)
//   int(f)           -> Math.trunc(f)            uint8(n) -> n & 0xff (sized integers wrap: expr-operators.ts)
//   decoder(c)       -> new decoder({ ...c })    (between struct types: a copy of the fields)
//   T(nil)           -> null, [] or new Map()    any(r) -> box(r, 'int32')   (values.ts: inInterface)
//   complex128(1)    -> cmplx.complex(1, 0)      any other conversion: the value itself
import { ts } from '../emit/code.js';
import type { Node } from '../syntax.js';
import { bigConversion } from './big-integers.js';
import type { GoContext, Typed } from './context.js';
import { sizedInteger, wrapInteger } from './expr-operators.js';
import { typeName } from './names.js';
import { memberBase } from './expr-selector.js';
import { isComplex, isFloat, isInteger, isString, namedOf, resolve, type GoType } from './types.js';
import { newMap, zeroFor } from './values.js';

export function conversion(cx: GoContext, type: GoType, operandNode: Node): Typed {
  // `any(r)`, `fmt.Stringer(c)`: the value goes into the interface as an assignment puts it there.
  if (resolve(type, cx.decls).kind === 'interface') return { code: cx.value(operandNode, type), type };
  const inner = cx.expr(operandNode);
  const v = operandNode.type === 'binary_expression' ? { code: ts`(${inner.code})`, type: inner.type } : inner;
  if (operandNode.type === 'nil') {
    const r = resolve(type, cx.decls);
    if (r.kind === 'map') return { code: newMap(cx, r), type };
    return { code: r.kind === 'slice' ? ts`[]` : zeroFor(cx, type), type };
  }
  const target = resolve(type, cx.decls);
  const source = resolve(v.type, cx.decls);
  if (isComplex(target) && !isComplex(source)) return { code: ts`cmplx.complex(${v.code}, 0)`, type };
  // A complex constant whose imaginary part is 0 converts to a number (Go checks the 0).
  if (isComplex(source) && !isComplex(target)) return { code: ts`${memberBase(operandNode, inner).code}.re`, type };
  const big = bigConversion(cx, type, operandNode, v);
  if (big) return { code: big, type };
  if (type.kind === 'named' && target.kind === 'struct' && namedOf(v.type) !== type.name)
    return { code: ts`new ${typeName(type.name)}({ ...${v.code} })`, type };
  if (isString(target) && (isInteger(source) || source.kind === 'untyped')) {
    if (isString(source)) return { code: v.code, type };
    cx.use('runeToString');
    return { code: ts`runeToString(${v.code})`, type };
  }
  if (isString(target) && source.kind === 'slice') {
    if (source.elem.kind === 'basic' && source.elem.name === 'rune') {
      cx.use('stringFromRunes');
      return { code: ts`stringFromRunes(${v.code})`, type };
    }
    cx.use('stringOfBytes');
    return { code: ts`stringOfBytes(${v.code})`, type };
  }
  if (target.kind === 'slice' && isString(source)) {
    const elem = target.elem;
    if (elem.kind === 'basic' && elem.name === 'rune') {
      cx.use('runesOf');
      return { code: ts`runesOf(${v.code})`, type };
    }
    cx.use('bytesOf');
    return { code: ts`bytesOf(${v.code})`, type };
  }
  const integer = isInteger(target) && isFloat(source) ? ts`Math.trunc(${v.code})` : v.code;
  const size = sizedInteger(cx, target);
  // A constant already fits (Go checks); a variable is cut to the type's size: uint8(300) is 44.
  if (size && source.kind !== 'untyped' && sizedInteger(cx, source) !== size)
    return { ...wrapInteger({ code: integer }, size), type };
  return { code: integer, type };
}
