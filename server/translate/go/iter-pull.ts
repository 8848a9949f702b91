// iter.Pull and iter.Pull2: an iterator function turned into next and stop functions.
//   next, stop := iter.Pull(seq)   -> const [next, stop] = iter.pull(seq, 0);   (0: the zero V)
//   v, ok := next()                -> const [v, ok] = await next();
// The iterator function must be able to wait in yield until next is called again: so calls
// through yield functions are awaited in a program that pulls, and so are calls of next and stop.
import { join, ts } from '../emit/code.js';
import type { Node } from '../syntax.js';
import type { GoContext, Typed } from './context.js';
import { yieldedTypes } from './stmt-range-func.js';
import { BOOL, iteratorFunction, UNKNOWN, type GoType } from './types.js';
import { zeroFor } from './values.js';

/** The call graph's node for the runtime's pulling: always async. */
const PULL = 'iter.Pull';

export function iterPull(cx: GoContext, name: 'Pull' | 'Pull2', seqNode: Node): Typed {
  const seq = cx.expr(seqNode);
  const yielded = yieldedTypes(cx, seq.type);
  if (!yielded || yielded.length !== (name === 'Pull' ? 1 : 2))
    return { code: cx.unsupported(seqNode, `iter.${name} of this value`), type: UNKNOWN };
  const next: GoType = { kind: 'func', params: [], results: [...yielded, BOOL], variadic: false };
  const stop: GoType = { kind: 'func', params: [], results: [], variadic: false };
  cx.callGraph.set(PULL, { awaits: true, calls: new Set() });
  for (const shape of [iteratorFunction(yielded).params[0]!, next, stop]) cx.noteFunctionValue(PULL, shape);
  cx.use('iter');
  // A type parameter that says no zero value of its own (`T any`): the runtime's default, null, as a
  // channel's (channels.ts); what next gives once the sequence is done.
  const unknown = (t: GoType) => t.kind === 'named' && cx.decls.typeParameterZero(t.name) === 'null';
  const zeros = yielded.map((t) => (unknown(t) ? ts`undefined` : zeroFor(cx, t)));
  while (zeros.length > 0 && zeros[zeros.length - 1]!.toString() === 'undefined') zeros.pop();
  return {
    code: ts`iter.${name === 'Pull' ? 'pull' : 'pull2'}(${join([seq.code, ...zeros], ', ')})`,
    type: { kind: 'tuple', items: [next, stop] },
  };
}
