// Type conversions `T(x)`:
//   string(r)        -> runeToString(r)          string(bs) -> stringOfBytes(bs)
//   string(runes)    -> String.fromCodePoint(...runes)
//   []byte(s)        -> bytesOf(s)               []rune(s) -> Array.from(s, (c) => c.codePointAt(0)!)
//   int(f)           -> Math.trunc(f)
//   T(nil)           -> null, [] or new Map()    any other conversion: the value itself
import { ts } from '../emit/code.js';
import type { Node } from '../syntax.js';
import type { GoContext, Typed } from './context.js';
import { isFloat, isInteger, isString, resolve, type GoType } from './types.js';
import { newMap } from './values.js';

export function conversion(cx: GoContext, type: GoType, operandNode: Node): Typed {
  const inner = cx.expr(operandNode);
  const v = operandNode.type === 'binary_expression' ? { code: ts`(${inner.code})`, type: inner.type } : inner;
  if (operandNode.type === 'nil') {
    const r = resolve(type, cx.decls);
    if (r.kind === 'map') return { code: newMap(r), type };
    return { code: ts`${r.kind === 'slice' ? '[]' : 'null'}`, type };
  }
  const target = resolve(type, cx.decls);
  const source = resolve(v.type, cx.decls);
  if (isString(target) && (isInteger(source) || source.kind === 'untyped')) {
    if (isString(source)) return { code: v.code, type };
    cx.use('runeToString');
    return { code: ts`runeToString(${v.code})`, type };
  }
  if (isString(target) && source.kind === 'slice') {
    if (source.elem.kind === 'basic' && source.elem.name === 'rune')
      return { code: ts`String.fromCodePoint(...${v.code})`, type };
    cx.use('stringOfBytes');
    return { code: ts`stringOfBytes(${v.code})`, type };
  }
  if (target.kind === 'slice' && isString(source)) {
    const elem = target.elem;
    if (elem.kind === 'basic' && elem.name === 'rune')
      return { code: ts`Array.from(${v.code}, (c) => c.codePointAt(0)!)`, type };
    cx.use('bytesOf');
    return { code: ts`bytesOf(${v.code})`, type };
  }
  if (isInteger(target) && isFloat(source)) return { code: ts`Math.trunc(${v.code})`, type };
  return { code: v.code, type };
}
