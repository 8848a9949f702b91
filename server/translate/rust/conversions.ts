// `.into()` and `.try_into()` where the declared type says the target, and the program
// implements `From`/`TryFrom` for it: the target's own `from`/`try_from`.
//   impl From<Celsius> for Fahrenheit { .. }  let f: Fahrenheit = c.into();
//   -> const f: Fahrenheit = Fahrenheit.from(c);
//   impl TryFrom<i32> for Percent { .. }      let r: Result<Percent, _> = 7.try_into();
//   -> const r = Percent.tryFrom(7);
import { ts } from '../emit/code.js';
import { field, type Node } from '../syntax.js';
import { valuesOf } from './facts.js';
import type { RustContext, Typed } from './context.js';
import { className, staticName } from './names.js';
import { enumMethodName, isTypeParameter, selfResult } from './values.js';
import type { RustType } from './types.js';

/** `x.into()` / `x.try_into()` translated against `expected`; null when it is no such call or the program has no such impl. */
export function userConversion(cx: RustContext, node: Node, expected: RustType | null): Typed | null {
  if (node.type !== 'call_expression' || valuesOf(field(node, 'arguments')).length > 0) return null;
  const callee = field(node, 'function');
  const method = callee?.type === 'field_expression' ? field(callee, 'field')?.text : undefined;
  if (method !== 'into' && method !== 'try_into') return null;
  const target = method === 'into' ? expected : expected?.kind === 'result' ? expected.ok : null;
  const conversion = method === 'into' ? 'from' : 'try_from';
  if (target?.kind !== 'named' || !cx.items.methods.get(target.name)?.has(conversion)) return null;
  const value = cx.expr(field(callee!, 'value')!);
  // `t.into()` of a generic `T: Into<Fahrenheit>`: which impl it takes is not known here.
  if (isTypeParameter(cx.items, value.type)) return null;
  const fn = cx.items.enums.has(target.name)
    ? enumMethodName(target.name, conversion)
    : `${className(target.name)}.${staticName(conversion)}`;
  const declared = cx.items.methods.get(target.name)!.get(conversion)!.result;
  return { code: ts`${fn}(${value.code})`, type: selfResult(declared, target.name, target.args) };
}
