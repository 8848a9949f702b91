// The right side of an assignment or declaration of several names:
//   v, ok := <-ch       -> [v, ok] = await ch.recvOk()                  (channels.ts)
//   v, ok := m[k]       -> [v, ok] = [m.get(k) ?? zero, m.has(k)]
//   v, ok := x.(T)      -> [v, ok] = test ? [x, true] : [zero, false]   (type-tests.ts)
//   a, b := f()         -> [a, b] = f()
//   a, b := 1, 2        -> [a, b] = [1, 2]
import { join, ts, type Code } from '../emit/code.js';
import { field, operatorOf, type Node } from '../syntax.js';
import { receiveWithOk } from './channels.js';
import type { GoContext } from './context.js';
import { parseType } from './declarations.js';
import { assertedValue, typeTest } from './type-tests.js';
import { mapKey, nilableType, zeroFor } from './values.js';
import { BOOL, resolve, type GoType } from './types.js';

/** The values for `count` names, with their types where known, and whether each may be nil. */
export function multiValue(
  cx: GoContext,
  right: Node[],
  count: number,
): { code: Code; types: GoType[]; maybeNil: boolean[] } {
  if (right.length === 1 && count > 1) {
    const r = right[0]!;
    if (r.type === 'unary_expression' && operatorOf(r) === '<-') {
      const received = receiveWithOk(cx, field(r, 'operand')!);
      return { ...received, maybeNil: [nilableType(cx, received.types[0]!), false] };
    }
    if (r.type === 'index_expression') {
      const m = cx.expr(field(r, 'operand')!);
      const mt = resolve(m.type, cx.decls);
      if (mt.kind === 'map') {
        const key = mapKey(cx, field(r, 'index')!, mt);
        const maybeNil = [nilableType(cx, mt.value), false];
        if (m.maybeNil) {
          // A nil map has no keys.
          cx.use('mapGet');
          const code = ts`[mapGet(${m.code}, ${key}, ${zeroFor(cx, mt.value)}), ${m.code}?.has(${key}) ?? false]`;
          return { code, types: [mt.value, BOOL], maybeNil };
        }
        return {
          code: ts`[${m.code}.get(${key}) ?? ${zeroFor(cx, mt.value)}, ${m.code}.has(${key})]`,
          types: [mt.value, BOOL],
          maybeNil,
        };
      }
    }
    if (r.type === 'type_assertion_expression') {
      const subject = cx.expr(field(r, 'operand')!);
      const operand = subject.code;
      const type = parseType(field(r, 'type')!);
      const test = typeTest(cx, ts`${operand}`, type);
      const value = assertedValue(cx, ts`${operand}`, type, subject.type);
      return {
        code: ts`${test} ? [${value}, true] : [${zeroFor(cx, type)}, false]`,
        types: [type, BOOL],
        maybeNil: [nilableType(cx, type), false],
      };
    }
    const call = cx.expr(r);
    const types = call.type.kind === 'tuple' ? call.type.items : [];
    return { code: call.code, types, maybeNil: call.itemsMaybeNil ?? types.map(() => false) };
  }
  const items = right.map((n) => cx.expr(n));
  return {
    code: ts`[${join(
      items.map((i) => i.code),
      ', ',
    )}]`,
    types: items.map((i) => i.type),
    maybeNil: items.map((i) => i.maybeNil === true),
  };
}
