// Go's dynamic type tests, for type switches and `v, ok := x.(T)`:
//   Stringer (methods)  -> typeof x?.String === 'function'
//   T (a struct)        -> x instanceof T && !isRef(x)        *T -> x instanceof T
//   int / float64       -> Number.isInteger(x) / typeof x === 'number'
//   string, bool        -> typeof x === 'string' / 'boolean'
//   error               -> typeof x?.Error === 'function'    nil -> x == null
//   []T, map[K]V        -> Array.isArray(x), x instanceof Map
import { join, ts, type Code } from '../emit/code.js';
import type { GoContext } from './context.js';
import { methodName } from './methods.js';
import { typeName } from './names.js';
import { isFloat, isInteger, isString, resolve, type GoType } from './types.js';

export function typeTest(cx: GoContext, subject: Code, t: GoType): Code {
  if (t.kind === 'named' && t.name === 'nil') return ts`${subject} == null`;
  const r = resolve(t, cx.decls);
  if (r.kind === 'interface' && r.methods?.length) {
    return join(
      r.methods.map((m) => ts`typeof ${subject}?.${methodName(cx.decls, m)} === 'function'`),
      ' && ',
    );
  }
  if (r.kind === 'interface' && r.name === 'any') return ts`true`;
  if (t.kind === 'named' && r.kind === 'struct') {
    cx.use('isRef');
    return ts`${subject} instanceof ${typeName(t.name)} && !isRef(${subject})`;
  }
  if (t.kind === 'pointer' && t.elem.kind === 'named') return ts`${subject} instanceof ${typeName(t.elem.name)}`;
  if (isInteger(r)) return ts`Number.isInteger(${subject})`;
  if (isFloat(r)) return ts`typeof ${subject} === 'number'`;
  if (isString(r)) return ts`typeof ${subject} === 'string'`;
  if (r.kind === 'basic' && r.name === 'bool') return ts`typeof ${subject} === 'boolean'`;
  if (r.kind === 'interface' && r.name === 'error') return ts`typeof ${subject}?.Error === 'function'`;
  if (r.kind === 'slice') return ts`Array.isArray(${subject})`;
  if (r.kind === 'map') return ts`${subject} instanceof Map`;
  return ts`${subject} != null`;
}
