// std::collections::BinaryHeap as the runtime's (runtime/src/tokio/std-heap.ts): the same
// methods, camelCased; what iterates it reads its inner order into an array.
//   heap.push(Reverse(job))   -> heap.push(new rs.Reverse(job))
//   heap.into_sorted_vec()    -> heap.intoSortedVec()
import { ts } from '../../emit/code.js';
import type { Typed } from '../context.js';
import { camelCase } from '../names.js';
import { BOOL, isNamed, named, option, UNIT, UNKNOWN, USIZE, vec } from '../types.js';
import { argument, type Call } from './call.js';

export function heapMethods(c: Call): Typed | null {
  const r = c.receiver;
  if (r.type.kind !== 'named' || !isNamed(r.type, 'rs.BinaryHeap')) return null;
  const elem = r.type.args[0] ?? UNKNOWN;
  const own = (type: Typed['type']) => ({ code: ts`${r.code}.${camelCase(c.method)}()`, type });
  switch (c.method) {
    case 'push': {
      const pushed = c.args()[0]?.type ?? UNKNOWN;
      const local = c.receiverNode.type === 'identifier' ? c.cx.scope.lookup(c.receiverNode.text) : null;
      // `let mut heap = BinaryHeap::new(); heap.push(x)`: Rust typed the heap from what is pushed.
      if (local && elem.kind === 'unknown' && pushed.kind !== 'unknown') local.type = named('rs.BinaryHeap', pushed);
      return { code: ts`${r.code}.push(${argument(c)})`, type: UNIT };
    }
    case 'pop':
    case 'peek':
      return own(option(elem));
    case 'len':
      return own(USIZE);
    case 'is_empty':
      return own(BOOL);
    case 'clear':
      return own(UNIT);
    case 'into_vec':
    case 'into_sorted_vec':
      return own(vec(elem));
    case 'iter':
    case 'into_iter':
    case 'drain':
      return { code: ts`[...${r.code}]`, type: vec(elem) };
  }
  return null;
}
