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
import { zeroFor } from './values.js';
import { BOOL, resolve, type GoType } from './types.js';

/** The values for `count` names, with their types where known. */
export function multiValue(cx: GoContext, right: Node[], count: number): { code: Code; types: GoType[] } {
  if (right.length === 1 && count > 1) {
    const r = right[0]!;
    if (r.type === 'unary_expression' && operatorOf(r) === '<-') return receiveWithOk(cx, field(r, 'operand')!);
    if (r.type === 'index_expression') {
      const m = cx.expr(field(r, 'operand')!);
      const mt = resolve(m.type, cx.decls);
      if (mt.kind === 'map') {
        const key = cx.value(field(r, 'index')!, mt.key);
        return {
          code: ts`[${m.code}.get(${key}) ?? ${zeroFor(cx, mt.value, false)}, ${m.code}.has(${key})]`,
          types: [mt.value, BOOL],
        };
      }
    }
    if (r.type === 'type_assertion_expression') {
      const subject = cx.expr(field(r, 'operand')!);
      const operand = subject.code;
      const type = parseType(field(r, 'type')!);
      const test = typeTest(cx, ts`${operand}`, type);
      const value = assertedValue(cx, ts`${operand}`, type, subject.type);
      return { code: ts`${test} ? [${value}, true] : [${zeroFor(cx, type, false)}, false]`, types: [type, BOOL] };
    }
    const call = cx.expr(r);
    return { code: call.code, types: call.type.kind === 'tuple' ? call.type.items : [] };
  }
  const items = right.map((n) => cx.expr(n));
  return {
    code: ts`[${join(
      items.map((i) => i.code),
      ', ',
    )}]`,
    types: items.map((i) => i.type),
  };
}
