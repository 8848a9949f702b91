// A type of the program's own with `impl Deref`: `*guard`, `guard.len()` and `guard.field` go
// through its `deref()`, and `&guard` handed where `&T` is wanted is deref-coerced.
//   impl<T> Deref for Guard<'_, T> { type Target = T; fn deref(&self) -> &T { .. } }
//   g.push(1)           -> g.deref().push(1)
//   render(&guard)      (render(row: &[bool]), guard a MutexGuard)  -> render(guard.value)
import { ts } from '../emit/code.js';
import type { RustContext, Typed } from './context.js';
import { boundBy, receiverBindings } from './generics.js';
import type { RustType } from './types.js';
import { deref, isTypeParameter, operand } from './values.js';

/** The value a user `impl Deref` type gives, or null for another type. */
export function userDeref(cx: RustContext, value: Typed): Typed | null {
  const type = value.type;
  if (type.kind !== 'named') return null;
  const name = type.name === 'Self' ? (cx.selfType ?? '') : type.name;
  if (!cx.items.traitImpls.get(name)?.has('Deref')) return null;
  const method = cx.items.methods.get(name)?.get('deref');
  if (!method) return null;
  const target = boundBy(receiverBindings(method.node, type.args), method.result);
  return { code: ts`${operand(value.code)}.${cx.items.methodName(name, 'deref')}()`, type: target };
}

/** `&held` where a `&T` is wanted: the guard's or user Deref type's value, as Rust's deref coercion gives it. */
export function derefCoerced(cx: RustContext, value: Typed, wanted: RustType | null | undefined): Typed {
  const type = value.type;
  if (!wanted || wanted.kind === 'unknown' || isTypeParameter(cx.items, wanted)) return value;
  if (type.kind !== 'named' || (wanted.kind === 'named' && wanted.name === type.name)) return value;
  const user = userDeref(cx, value);
  if (user) return derefCoerced(cx, user, wanted);
  const held = deref(value);
  return held === value ? value : derefCoerced(cx, held, wanted);
}
