// Index and slice expressions, with Go's checks:
//   m[k]       -> (m.get(k) ?? zero)          (a map that may be nil: mapGet(m, k, zero))
//   s[i]       -> index(s, i)                 (panics out of range; s[i] where i ranges over s, or
//                                                on the left of an assignment, stays s[i])
//   str[i]     -> byteAt(str, i)
//   s[a:b]     -> slice(s, a, b)
//   s[i] = v   -> s[i] = v                   (elementTarget; m[k] = v: stmt-assign.ts)
import { join, ts } from '../emit/code.js';
import { field, type Node } from '../syntax.js';
import type { GoContext, Typed } from './context.js';
import { BYTE, isString, resolve, STRING, UNKNOWN, type GoType } from './types.js';
import { zeroFor } from './values.js';

/** `x[i]` as a value. */
export function index(cx: GoContext, node: Node): Typed {
  const operand = cx.expr(field(node, 'operand')!);
  const indexNode = field(node, 'index')!;
  const t = resolve(operand.type, cx.decls);
  if (t.kind === 'map') {
    const key = cx.expr(indexNode).code;
    if (operand.maybeNil) {
      cx.use('mapGet');
      return { code: ts`mapGet(${operand.code}, ${key}, ${zeroFor(cx, t.value, false)})`, type: t.value };
    }
    return { code: ts`(${operand.code}.get(${key}) ?? ${zeroFor(cx, t.value, false)})`, type: t.value };
  }
  const idx = cx.expr(indexNode).code;
  if (isString(t)) {
    cx.use('byteAt');
    return { code: ts`byteAt(${operand.code}, ${idx})`, type: BYTE };
  }
  const elem = elementType(t);
  if (cx.scope.lookup(indexNode.text)?.indexOf === field(node, 'operand')!.text || t.kind === 'unknown') {
    return { code: ts`${operand.code}[${idx}]`, type: elem };
  }
  // Go panics on an index out of range where JavaScript would give undefined.
  cx.use('index');
  return { code: ts`index(${operand.code}, ${idx})`, type: elem };
}

/** `x[i]` assigned to: plain `s[i]`; null for a map, whose entries are set (stmt-assign.ts), or a string, which Go does not change. */
export function elementTarget(cx: GoContext, node: Node): Typed | null {
  const operand = cx.expr(field(node, 'operand')!);
  const t = resolve(operand.type, cx.decls);
  if (t.kind === 'map' || isString(t)) return null;
  return { code: ts`${operand.code}[${cx.expr(field(node, 'index')!).code}]`, type: elementType(t) };
}

function elementType(t: GoType): GoType {
  return t.kind === 'slice' || t.kind === 'array' ? t.elem : UNKNOWN;
}

export function sliceExpression(cx: GoContext, node: Node): Typed {
  const operand = cx.expr(field(node, 'operand')!);
  const start = field(node, 'start');
  const end = field(node, 'end');
  cx.use('slice');
  const args = [operand.code, start ? cx.expr(start).code : ts`undefined`];
  if (end) args.push(cx.expr(end).code);
  const t = resolve(operand.type, cx.decls);
  const type = isString(t) ? STRING : t.kind === 'array' ? { kind: 'slice' as const, elem: t.elem } : operand.type;
  return { code: ts`slice(${join(args, ', ')})`, type };
}
