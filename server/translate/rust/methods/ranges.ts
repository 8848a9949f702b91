// A range without end (`a..`) is an iterator here, not an array: the adapters that stop it
// give an array, and the rest of the chain is array methods again; its other methods are a
// lazy iterator's (iters.ts).
//   (2..).take_while(|d| d * d <= n)  -> rs.takeWhile(rs.rangeFrom(2), (d) => d * d <= n)
//   (1..).take(3)                      -> rs.take(rs.rangeFrom(1), 3)
import { ts } from '../../emit/code.js';
import { argument, type Call } from './call.js';
import type { Typed } from '../context.js';
import { I32, tuple, UNKNOWN, vec, type RustType } from '../types.js';

/** The numbers of a range without end, or null for another type. */
export function rangeFromElem(type: RustType): RustType | null {
  return type.kind === 'named' && type.name === 'RangeFrom' ? (type.args[0] ?? I32) : null;
}

export function rangeFromMethods(c: Call): Typed | null {
  const r = c.receiver;
  const elem = rangeFromElem(r.type);
  if (!elem) return null;
  switch (c.method) {
    case 'take_while':
      c.cx.use('rs');
      return { code: ts`rs.takeWhile(${r.code}, ${c.fn(0, [elem])})`, type: vec(elem) };
    case 'take':
      c.cx.use('rs');
      return { code: ts`rs.take(${r.code}, ${argument(c)})`, type: vec(elem) };
    case 'zip': {
      c.cx.use('rs');
      const other = c.args()[0];
      const otherElem = other?.type.kind === 'vec' ? other.type.elem : UNKNOWN;
      return { code: ts`rs.zip(${r.code}, ${argument(c)})`, type: vec(tuple([elem, otherElem])) };
    }
    case 'into_iter':
    case 'iter':
    case 'by_ref':
      return r;
  }
  // The rest: a lazy iterator's (methods/iters.ts).
  return null;
}
