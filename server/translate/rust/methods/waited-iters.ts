// Iterators whose values are waited for: a std receiver's `iter()` and `try_iter()`, stdin's
// `lines()` (type `std.Iter`). Adapters stay lazy (runtime/src/tokio/std-async-iter.ts), so
// `rx.iter().take(3)` receives three values and no more; a consumer that needs every value
// (`sum`, `collect`, `max`...) awaits them as an array and is the array's method from there.
//   rx.iter().take(3).map(|x| x * 2).sum::<i32>()
//   -> (await rs.collectAsync(rs.mapValues(rs.takeValues(rx.iter(), 3), (x) => x * 2))).reduce((a, b) => a + b, 0)
import { ts, type Code } from '../../emit/code.js';
import type { Typed } from '../context.js';
import { named, option, tuple, UNKNOWN, USIZE, vec, type RustType } from '../types.js';
import { argument, type Call } from './call.js';
import { common } from './common.js';
import { vecMethods } from './vecs.js';

/** Consumers that stop early in Rust: awaiting every value first would wait for senders Rust never waits for. */
const STOPPING_EARLY = new Set(['find', 'find_map', 'any', 'all', 'position', 'nth']);

export function waitedIterMethods(c: Call): Typed | null {
  const r = c.receiver;
  if (r.type.kind !== 'named') return null;
  if (r.type.name === 'std.Receiver' && (c.method === 'iter' || c.method === 'try_iter')) {
    const m = c.method === 'iter' ? 'iter' : 'tryIter';
    return { code: ts`${r.code}.${m}()`, type: named('std.Iter', r.type.args[0] ?? UNKNOWN) };
  }
  if (r.type.name !== 'std.Iter') return null;
  const elem = r.type.args[0] ?? UNKNOWN;
  const lazy = (fn: string, args: Code | null, out: RustType): Typed => {
    c.cx.use('rs');
    const code = args ? ts`rs.${fn}(${r.code}, ${args})` : ts`rs.${fn}(${r.code})`;
    return { code, type: named('std.Iter', out) };
  };
  switch (c.method) {
    case 'iter':
    case 'into_iter':
    case 'by_ref':
      return r;
    case 'map': {
      const f = c.cx.closure(c.argNodes[0]!, [elem]);
      return lazy('mapValues', f.code, f.type.kind === 'fn' ? f.type.result : UNKNOWN);
    }
    case 'filter':
      return lazy('filterValues', c.fn(0, [elem]), elem);
    case 'take_while':
      return lazy('takeWhileValues', c.fn(0, [elem]), elem);
    case 'enumerate':
      return lazy('enumerateValues', null, tuple([USIZE, elem]));
    case 'take':
      return lazy('takeValues', argument(c), elem);
    case 'skip':
      return lazy('skipValues', argument(c), elem);
    case 'next':
      c.cx.use('rs');
      c.cx.awaits();
      return { code: ts`(await rs.nextAsync(${r.code}))`, type: option(elem) };
  }
  if (STOPPING_EARLY.has(c.method)) return c.cx.unsupported(c.node, `${c.method} of a receiver's iterator`);
  c.cx.use('rs');
  c.cx.awaits();
  const values = { code: ts`(await rs.collectAsync(${r.code}))`, type: vec(elem) };
  return vecMethods({ ...c, receiver: values }) ?? common({ ...c, receiver: values });
}
