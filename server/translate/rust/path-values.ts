// A path to a function of a standard type, called or used as a value: a method of a primitive
// type takes its receiver first; as a value it is an arrow that makes the call.
//   f64::powf(a, b)              -> a ** b
//   u32::from(b)   u8::try_from(n) -> b   rs.tryFromInt(n, 'u8')
//   .map(str::trim)              -> .map((s: string) => s.trim())
//   .map(String::from)           -> .map((s: string) => s)
//   .map(Result::unwrap)         -> .map((x) => x.unwrap(..))
//   Box::new(f64::powf)          -> (x: number, y: number) => x ** y
//   .unwrap_or_else(Instant::now) -> () => Instant.now()
import { join, ts, typeOnly } from '../emit/code.js';
import type { Node } from '../syntax.js';
import type { RustContext, Typed } from './context.js';
import { runtimeCall } from './calls-runtime.js';
import { standardMethod } from './methods/index.js';
import { named, option, primitive, result, tsType, UNKNOWN, type RustType } from './types.js';
import { isWide, toWide } from './wide-integers.js';

const fnType = (params: RustType[], result: RustType): RustType => ({ kind: 'fn', params, result, isAsync: false });

/** Methods of numbers and strings that take one argument besides the receiver; the others take none. */
const BINARY_METHODS =
  /^(pow[if]?|max|min|clamp|(checked|wrapping|saturating|overflowing)_\w+|rem_euclid|div_euclid|atan2|hypot|abs_diff|log|contains|starts_with|ends_with|eq|ne|cmp|partial_cmp|lt|le|gt|ge)$/;

/** The receiver's type of `owner::method` when owner is a primitive type (`f64`, `str`, `u8`), else null. */
function primitiveOwner(cx: RustContext, owner: string): RustType | null {
  if (owner === 'String') return primitive('str');
  const type = primitive(owner);
  if (type.kind === 'int') return cx.items.intType(owner);
  return type.kind === 'unknown' ? null : type;
}

/** The method `owner::method` calls on its first argument: `String::from(s)` is `s.to_string()`. */
function methodOf(type: RustType, segments: string[]): string {
  const method = segments[segments.length - 1]!;
  return method === 'from' && type.kind === 'string' ? 'to_string' : method;
}

/** `f64::powf(a, b)`: `a.powf(b)`; `u32::from(x)` and `u8::try_from(x)`: conversions. */
export function primitiveMethodCall(cx: RustContext, node: Node, segments: string[], args: Node[]): Typed | null {
  const owner = segments[segments.length - 2] ?? '';
  const type = primitiveOwner(cx, owner);
  if (!type || !args[0]) return null;
  const receiver = cx.expr(args[0]);
  const method = methodOf(type, segments);
  if (method === 'from' && (type.kind === 'int' || type.kind === 'float')) return converted(receiver, type);
  if (method === 'try_from' && type.kind === 'int') {
    cx.use('rs');
    const fn = isWide(type) ? 'tryFromWide' : 'tryFromInt';
    return { code: ts`rs.${fn}(${receiver.code}, '${owner}')`, type: result(type, named('TryFromIntError')) };
  }
  return (
    standardMethod(cx, node, { ...receiver, type }, args[0], method, args.slice(1)) ??
    cx.unsupported(node, `call of ${segments.join('::')}`)
  );
}

/** A lossless conversion (`u64::from(n)`, `f64::from(i)`, `u32::from(c)`): the value, a bigint or number as the type is held. */
function converted(value: Typed, type: RustType): Typed {
  // `u32::from('€')`: a char's code point.
  if (value.type.kind === 'char')
    value = { code: ts`${value.code}.codePointAt(0)${typeOnly('!')}`, type: { kind: 'int', name: 'u32' } };
  if (isWide(type)) return { code: toWide(value), type };
  return { code: isWide(value.type) ? ts`Number(${value.code})` : value.code, type };
}

/** The receiver's type of `Result::unwrap` or `Option::is_some` as a value (what it holds, unknown). */
function wrapperOwner(owner: string): RustType | null {
  if (owner === 'Result') return result(UNKNOWN, UNKNOWN);
  return owner === 'Option' ? option(UNKNOWN) : null;
}

/** `str::trim`, `Result::unwrap` or `Instant::now` as a value: an arrow calling it; null for other paths. */
export function functionPathValue(cx: RustContext, node: Node, segments: string[]): Typed | null {
  const owner = segments[segments.length - 2] ?? '';
  const type = primitiveOwner(cx, owner) ?? wrapperOwner(owner);
  if (type) {
    // `f32::MAX`: a constant the translator does not know.
    if (!/^[a-z_]/.test(segments[segments.length - 1]!)) return cx.unsupported(node, segments.join('::'));
    const method = methodOf(type, segments);
    const params = BINARY_METHODS.test(method) ? [type, type] : [type];
    const names = ['x', 'y'].slice(0, params.length).map((n) => cx.temp(n));
    const args = names.slice(1).map((n, i) => ({ code: ts`${n}`, type: params[i + 1]! }));
    const value = standardMethod(cx, node, { code: ts`${names[0]!}`, type }, node, method, [], args);
    if (!value) return cx.unsupported(node, `${segments.join('::')} as a function value`);
    const list = names.map((n, i) => ts`${n}${typeOnly(`: ${tsType(params[i]!) ?? 'any'}`)}`);
    return { code: ts`(${join(list, ', ')}) => ${value.code}`, type: fnType(params, value.type) };
  }
  const call = /^[A-Z]/.test(owner) ? runtimeCall(cx, node, segments, [], []) : null;
  return call ? { code: ts`() => ${call.code}`, type: fnType([], call.type) } : null;
}
