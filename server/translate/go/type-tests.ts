// Go's dynamic type tests, for type switches and `v, ok := x.(T)`, and the checked `x.(T)`
// that panics as Go does (runtime/src/go/type-assertion.ts):
//   x.(int)     -> assertType(x, (v) => Number.isInteger(v), 'interface {}', 'int')
//   x.(Shape)   -> assertMethods(x, 'main.Shape', { Area: 'area' })
//   Stringer (methods)  -> hasMethods(x, 'String')
//   Celsius (a float64 with methods) -> x instanceof CelsiusValue   (then x.value is the Celsius)
//   rune, float64, userKey (boxes.ts)  -> isBoxed(x, 'int32'), isBoxed(x, 'main.userKey')  (then x.value)
//   chan int            -> isChanOf(x, 'chan int')
//   T (a struct)        -> x instanceof T && !isRef(x)        *T -> x instanceof T && isRef(x)
//   int / int64         -> Number.isInteger(x) / typeof x === 'bigint'     complex128 -> x instanceof cmplx.Complex
//   func(int) int       -> typeof x === 'function'
//   string, bool        -> typeof x === 'string' / 'boolean'
//   error               -> hasMethods(x, 'Error')           nil -> x == null
//   []T, [N]T, map[K]V  -> isContainerOf(x, '[]T')       (the Go type withType gave it going into the interface)
import { join, ts, typeOnly, type Code } from '../emit/code.js';
import { methodName } from './declarations.js';
import type { GoContext } from './context.js';
import { interfaceBox } from './boxes.js';
import { interfaceMethods, valueClassName } from './methods.js';
import { quote } from './literals.js';
import { typeName } from './names.js';
import { describeType, isBigInteger, isComplex, isInteger, isString, resolve, tsType, type GoType } from './types.js';

export function typeTest(cx: GoContext, subject: Code, t: GoType): Code {
  if (t.kind === 'named' && t.name === 'nil') return ts`${subject} == null`;
  const r = resolve(t, cx.decls);
  const methods = interfaceMethods(cx.decls, t);
  if (methods?.length) {
    cx.use('hasMethods');
    return ts`hasMethods(${join([subject, ...methods.map((m) => ts`${quote(methodName(m))}`)], ', ')})`;
  }
  const valueClass = valueClassName(cx.decls, t);
  if (valueClass) return ts`${subject} instanceof ${valueClass}`;
  const boxed = interfaceBox(cx.decls, t);
  if (boxed) {
    cx.use('isBoxed');
    return ts`isBoxed(${subject}, ${quote(boxed.goType)})`;
  }
  if (isComplex(r)) return ts`${subject} instanceof cmplx.Complex`;
  if (r.kind === 'chan') {
    cx.use('isChanOf');
    return ts`isChanOf(${subject}, ${quote(describeType(r))})`;
  }
  if (r.kind === 'interface' && r.name === 'any') return ts`true`;
  if (t.kind === 'named' && r.kind === 'struct') {
    cx.use('isRef');
    return ts`${subject} instanceof ${typeName(t.name)} && !isRef(${subject})`;
  }
  if (t.kind === 'pointer' && t.elem.kind === 'named' && cx.decls.isStruct(t.elem.name)) {
    cx.use('isRef');
    return ts`${subject} instanceof ${typeName(t.elem.name)} && isRef(${subject})`;
  }
  if (t.kind === 'pointer' && t.elem.kind === 'named') return ts`${subject} instanceof ${typeName(t.elem.name)}`;
  if (isBigInteger(r)) return ts`typeof ${subject} === 'bigint'`;
  if (isInteger(r)) return ts`Number.isInteger(${subject})`;
  if (isString(r)) return ts`typeof ${subject} === 'string'`;
  if (r.kind === 'basic' && r.name === 'bool') return ts`typeof ${subject} === 'boolean'`;
  if (r.kind === 'slice' || r.kind === 'array' || r.kind === 'map') {
    cx.use('isContainerOf');
    return ts`isContainerOf(${subject}, ${quote(describeType(t, true))})`;
  }
  if (r.kind === 'func') return ts`typeof ${subject} === 'function'`;
  return ts`${subject} != null`;
}

/** `x.(T)`: the operand when it holds a T, else Go's panic; of TypeScript type any, for `assertedValue` to narrow. */
export function checkedAssertion(cx: GoContext, operand: Code, from: GoType, t: GoType): Code {
  const methods = interfaceMethods(cx.decls, t);
  const to = quote(describeType(t, true));
  if (methods) {
    cx.use('assertMethods');
    const names = [...new Set(methods)].map((m) => ts`${m}: ${quote(methodName(m))}`);
    return ts`assertMethods(${operand}, ${to}, { ${join(names, ', ')} })`;
  }
  cx.use('assertType');
  return ts`assertType(${operand}, (v) => ${typeTest(cx, ts`v`, t)}, ${quote(describeType(from, true))}, ${to})`;
}

/**
 * The value a successful test of `subject` (of type `from`) gives: a named non-struct type's
 * value comes out of its class (`v.value`), a nil `*T` is null again (`unref(v)`); for TypeScript, an interface value is now of the
 * interface tested (`r as unknown as Writer`), unless it was `any` already.
 */
export function assertedValue(cx: GoContext, subject: Code, t: GoType, from: GoType): Code {
  if (valueClassName(cx.decls, t) || interfaceBox(cx.decls, t)) return ts`${subject}.value`;
  if (t.kind === 'pointer' && t.elem.kind === 'named' && cx.decls.isStruct(t.elem.name)) {
    cx.use('unref');
    return ts`unref(${subject})`;
  }
  const declared = resolve(t, cx.decls).kind === 'interface' ? tsType(t, cx.decls) : 'any';
  if (tsType(from, cx.decls) === 'any') return subject;
  // An unnamed interface (`interface{ Unwrap() []error }`) has no TypeScript one: any, whose methods can be called.
  if (declared === 'any')
    return resolve(t, cx.decls).kind === 'interface' ? ts`(${subject}${typeOnly(' as any')})` : subject;
  return ts`(${subject}${typeOnly(` as unknown as ${declared}`)})`;
}
