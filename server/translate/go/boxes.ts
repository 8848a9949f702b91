// Values whose Go type their JavaScript value does not tell, once they are in an interface.
// The runtime reads an interface's number as an int when it is whole (a float64 otherwise), a
// bigint as an int64, a string as a string: a value of another basic type, or of a named type
// without methods, goes in boxed with its Go type, and comes out of the box on assertion:
//   var x any = 'x'               -> let x: any = box(120 /* 'x' */, 'int32')
//   context.WithValue(ctx, k, v)  -> context.withValue(ctx, box(k, 'main.ctxKey', 'int'), v)
//   case rune: / x.(rune)         -> isBoxed(x, 'int32') / x.value
// Boxes are interned by the runtime, so interfaces still compare with `===` (Go's `==`, map
// and context keys). A named type with methods has a class of its own instead (methods.ts).
import type { Declarations } from './declarations.js';
import { valueClassName } from './methods.js';
import { defaultType, describeType, resolve, type GoType } from './types.js';

/** The basic types that an interface cannot hold as plain JavaScript values without losing their Go type. */
const BOXED_BASICS = new Set([
  'int8',
  'int16',
  'int32',
  'rune',
  'uint8',
  'byte',
  'uint16',
  'uint32',
  'uint',
  'uint64',
  'uintptr',
  'float32',
  'float64',
  'complex64',
]);

/** How a value of `type` goes into an interface: boxed as this Go type (of this basic type), or null where it goes in as it is. */
export function interfaceBox(decls: Declarations, type: GoType): { goType: string; underlying: string } | null {
  const t = defaultType(type);
  if (t.kind === 'basic')
    return BOXED_BASICS.has(t.name) ? { goType: describeType(t), underlying: describeType(t) } : null;
  if (t.kind !== 'named' || t.name.includes('.') || decls.underlying(t.name) === null || valueClassName(decls, t))
    return null;
  const u = resolve(t, decls);
  return u.kind === 'basic' ? { goType: describeType(t, true), underlying: describeType(u) } : null;
}
