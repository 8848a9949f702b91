// Lazy iterators (runtime/src/tokio/std-iter.ts, type `rs.Iter`): a struct's own `impl Iterator`,
// a `-> impl Iterator` result, and the adapters an array lacks (cycle, peekable, scan...).
// Adapters and the consumers that may stop early are the Iter's methods; the other consumers
// (collect, sum, rev...) read every item into an array and are the array's from there.
//   Fib::new().take(3).collect::<Vec<_>>()  -> rs.iter(Fib.new_()).take(3).collect()
//   v.iter().cycle().take(5)                 -> rs.iter(v).cycle().take(5)
import { ts, typeOnly, type Code } from '../../emit/code.js';
import type { Typed } from '../context.js';
import { camelCase } from '../names.js';
import { BOOL, named, option, tsType, tuple, UNKNOWN, USIZE, vec, type RustType } from '../types.js';
import { argument, type Call, type MethodContext } from './call.js';
import { common } from './common.js';
import { rangeFromElem } from './ranges.js';
import { vecMethods } from './vecs.js';

/** Methods an array lacks that a lazy iterator has: on a Vec, they make one (`rs.iter(v)`). */
export const LAZY_ONLY = new Set([
  'scan',
  'cycle',
  'peekable',
  'fuse',
  'map_while',
  'inspect',
  'find_map',
  'last',
  'partition',
  'unzip',
  'max_by',
  'min_by',
]);

/** The item type of a lazy iterator, or of a struct with `impl Iterator`; null for another type. */
export function lazyItem(cx: Pick<MethodContext, 'items'>, t: RustType): RustType | null {
  if (t.kind !== 'named') return null;
  if (t.name === 'rs.Iter' || t.name === 'rs.Peekable') return t.args[0] ?? UNKNOWN;
  return rangeFromElem(t) ?? cx.items.iterators.get(t.name) ?? null;
}

/** A struct with `impl Iterator` as a lazy iterator: `rs.iter(fib)`, naming its `next` when a field took the name. */
export function lazySource(cx: Pick<MethodContext, 'items' | 'use'>, value: Typed): Code {
  cx.use('rs');
  const next = value.type.kind === 'named' ? cx.items.methodName(value.type.name, 'next') : 'next';
  return next === 'next' ? ts`rs.iter(${value.code})` : ts`rs.iter(${value.code}, (it) => it.${next}())`;
}

export function iterMethods(c: Call): Typed | null {
  const item = lazyItem(c.cx, c.receiver.type);
  if (!item) return null;
  const t = c.receiver.type;
  const own = t.kind === 'named' && (t.name === 'rs.Iter' || t.name === 'rs.Peekable');
  return lazyMethod(c, own ? c.receiver.code : lazySource(c.cx, c.receiver), item);
}

/** A method only a lazy iterator has, on a Vec: `rs.iter(v).cycle()`. */
export function arrayAsLazy(c: Call): Typed | null {
  const r = c.receiver;
  if (!LAZY_ONLY.has(c.method) || r.type.kind !== 'vec') return null;
  return lazyMethod(c, ts`rs.iter(${r.code})`, r.type.elem);
}

/** A method of `source`, a lazy iterator of `item`s. */
export function lazyMethod(c: Call, source: Code, item: RustType): Typed | null {
  c.cx.use('rs');
  const adapt = (code: Code, out: RustType): Typed => ({ code, type: named('rs.Iter', out) });
  const m = (args: Code | null = null) => ts`${source}.${camelCase(c.method)}(${args ?? ''})`;
  const resultOf = (i: number, params: RustType[]) => {
    const f = c.cx.closure(c.argNodes[i]!, params);
    return { code: f.code, type: f.type.kind === 'fn' ? f.type.result : UNKNOWN };
  };
  switch (c.method) {
    case 'iter':
    case 'into_iter':
    case 'by_ref':
    case 'copied':
    case 'cloned':
    case 'fuse':
      return adapt(source, item);
    case 'map': {
      const f = resultOf(0, [item]);
      // TypeScript reads `(c) => [c, n]` as an array: a tuple result is named.
      const shown = f.type.kind === 'tuple' ? tsType(f.type) : null;
      if (shown) return adapt(ts`${source}.map${typeOnly(`<${shown}>`)}(${f.code})`, f.type);
      return adapt(m(f.code), f.type);
    }
    case 'filter_map':
    case 'map_while':
    case 'flat_map': {
      const f = resultOf(0, [item]);
      return adapt(m(f.code), elemOf(c.cx, f.type));
    }
    case 'flatten':
      return adapt(m(), elemOf(c.cx, item));
    case 'filter':
    case 'take_while':
    case 'skip_while':
    case 'inspect':
      return adapt(m(c.fn(0, [item])), item);
    case 'take':
    case 'skip':
    case 'step_by':
    case 'chain':
      return adapt(m(argument(c)), item);
    case 'cycle':
      return adapt(m(), item);
    case 'peekable':
      return { code: m(), type: named('rs.Peekable', item) };
    case 'enumerate':
      return adapt(m(), tuple([USIZE, item]));
    case 'zip': {
      const other = c.args()[0];
      return adapt(m(argument(c)), tuple([item, other ? elemOf(c.cx, other.type) : UNKNOWN]));
    }
    case 'scan': {
      const init = c.cx.expr(c.argNodes[0]!);
      const f = resultOf(1, [named('Ref', init.type), item]);
      return adapt(m(ts`${init.code}, ${f.code}`), elemOf(c.cx, f.type));
    }
    case 'next':
    case 'peek':
    case 'last':
    case 'max':
    case 'min':
      return { code: m(), type: option(item) };
    case 'nth':
      return { code: m(argument(c)), type: option(item) };
    case 'count':
      return { code: m(), type: USIZE };
    case 'find':
    case 'max_by_key':
    case 'min_by_key':
    case 'next_if':
      return { code: m(c.fn(0, [item])), type: option(item) };
    case 'max_by':
    case 'min_by':
      return { code: m(c.fn(0, [item, item])), type: option(item) };
    case 'find_map': {
      const f = resultOf(0, [item]);
      return { code: m(f.code), type: f.type };
    }
    case 'position':
      return { code: m(c.fn(0, [item])), type: option(USIZE) };
    case 'any':
    case 'all':
      return { code: m(c.fn(0, [item])), type: BOOL };
    case 'for_each':
      return { code: m(c.fn(0, [item])), type: { kind: 'unit' } };
    case 'fold': {
      const init = c.cx.expr(c.argNodes[0]!);
      return { code: m(ts`${init.code}, ${c.fn(1, [init.type, item])}`), type: init.type };
    }
    case 'partition':
      return { code: m(c.fn(0, [item])), type: tuple([vec(item), vec(item)]) };
    case 'unzip': {
      const [a, b] = item.kind === 'tuple' ? item.items : [UNKNOWN, UNKNOWN];
      return { code: m(), type: tuple([vec(a ?? UNKNOWN), vec(b ?? UNKNOWN)]) };
    }
  }
  // Every other consumer reads every item: the array's method.
  const items = { code: ts`${source}.collect()`, type: vec(item) };
  return vecMethods({ ...c, receiver: items }) ?? common({ ...c, receiver: items });
}

/** What iterating a value gives: a Vec's elements, a lazy iterator's items, an Option's value. */
function elemOf(cx: Pick<MethodContext, 'items'>, t: RustType): RustType {
  if (t.kind === 'vec' || t.kind === 'option' || t.kind === 'set') return t.elem;
  if (t.kind === 'string') return { kind: 'char' };
  return lazyItem(cx, t) ?? UNKNOWN;
}
