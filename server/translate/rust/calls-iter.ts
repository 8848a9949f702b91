// std::iter's free functions that build a lazy iterator (runtime/src/tokio/std-iter.ts).
//   std::iter::successors(Some(1), |&x| x.checked_mul(10))  -> rs.successors(1, (x) => ...)
//   std::iter::from_fn(|| { ...; Some(r) })                  -> rs.fromFn(() => { ...; return r; })
import { ts } from '../emit/code.js';
import type { Node } from '../syntax.js';
import type { RustContext, Typed } from './context.js';
import { expandAlias } from './paths.js';
import { named, UNKNOWN } from './types.js';

export function iterCall(cx: RustContext, segments: string[], args: Node[]): Typed | null {
  const path = expandAlias(cx.items, segments).join('::');
  const name = /^(?:(?:std|core)::)?iter::(successors|from_fn)$/.exec(path)?.[1];
  if (!name) return null;
  cx.use('rs');
  if (name === 'from_fn' && args[0]) {
    const f = cx.closure(args[0], []);
    const result = f.type.kind === 'fn' ? f.type.result : UNKNOWN;
    return { code: ts`rs.fromFn(${f.code})`, type: named('rs.Iter', result.kind === 'option' ? result.elem : UNKNOWN) };
  }
  if (name === 'successors' && args[0] && args[1]) {
    const first = cx.expr(args[0]);
    const item = first.type.kind === 'option' ? first.type.elem : UNKNOWN;
    const f = cx.closure(args[1], [item]);
    return { code: ts`rs.successors(${first.code}, ${f.code})`, type: named('rs.Iter', item) };
  }
  return null;
}
