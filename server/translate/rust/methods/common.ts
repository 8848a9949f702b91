// Methods every type answers the same way: clone, to_string, len, cmp, as_ref and the other
// borrows (which are the value itself in JavaScript).
//   v.clone()        (a Vec)     -> [...v]
//   n.to_string()                -> String(n)
import { ts } from '../../emit/code.js';
import { argList, type Call } from './call.js';
import { resultMethods } from './options.js';
import { isNumeric, isScalar, named, option, STRING, tuple, USIZE, vec, type RustType } from '../types.js';
import type { Typed } from '../context.js';
import { enumMethodName, isTypeParameter } from '../values.js';

/** Methods every type answers the same way. */
export function common(c: Call): Typed | null {
  const r = c.receiver;
  switch (c.method) {
    case 'clone':
    case 'to_owned':
    case 'to_vec':
    case 'cloned':
    case 'copied':
      return cloneOf(c);
    case 'as_ref':
    case 'as_mut':
    case 'as_str':
    case 'as_slice':
    case 'borrow':
    case 'borrow_mut':
    case 'into':
    case 'iter':
    case 'iter_mut':
    case 'into_iter':
    case 'as_deref':
    case 'by_ref':
    case 'into_owned':
      if (c.method === 'borrow' && r.type.kind === 'named' && r.type.name.startsWith('watch.')) return null;
      if (r.type.kind === 'map' && (c.method === 'iter' || c.method === 'into_iter' || c.method === 'iter_mut')) {
        return { code: ts`[...${r.code}]`, type: vec(tuple([r.type.key, r.type.value])) };
      }
      if (r.type.kind === 'set' && c.method !== 'into') return { code: ts`[...${r.code}]`, type: vec(r.type.elem) };
      if (r.type.kind === 'string' && c.method === 'into') return r;
      return r;
    case 'to_string':
      if (r.type.kind === 'string' || r.type.kind === 'char') return { code: r.code, type: STRING };
      // An f64 as Rust writes it (`-0`, `1000000000000000000000`, `0.0000001`), not as JavaScript's String does.
      if (r.type.kind === 'float') {
        c.cx.use('format');
        c.cx.use('f64');
        return { code: ts`format('{}', [f64(${r.code})])`, type: STRING };
      }
      if (isNumeric(r.type) || r.type.kind === 'bool') return { code: ts`String(${r.code})`, type: STRING };
      if (r.type.kind === 'named' && c.cx.items.enums.has(r.type.name) && c.cx.items.displays.has(r.type.name)) {
        return { code: ts`${enumMethodName(r.type.name, 'fmt')}(${r.code})`, type: STRING };
      }
      c.cx.use('format');
      return { code: ts`format('{}', [${r.code}])`, type: STRING };
    case 'unwrap':
    case 'expect':
    case 'unwrap_err':
    case 'expect_err':
      return r.type.kind === 'unknown' ? resultMethods(c) : null;
    case 'len':
      return { code: ts`${r.code}.length`, type: USIZE };
    case 'cmp':
      c.cx.use('rs');
      return { code: ts`rs.cmp(${r.code}, ${argList(c)})`, type: named('Ordering') };
    case 'partial_cmp':
      c.cx.use('rs');
      return { code: ts`rs.partialCmp(${r.code}, ${argList(c)})`, type: option(named('Ordering')) };
    case 'max':
    case 'min':
      if (isNumeric(r.type)) return { code: ts`Math.${c.method}(${r.code}, ${argList(c)})`, type: r.type };
      // `Ord::max` of a Duration, an Instant, a String or a tuple; an iterator's max is not this.
      if (c.argNodes.length !== 1 || !isOrd(c, r.type)) return null;
      c.cx.use('rs');
      return {
        code: ts`rs.${c.method === 'max' ? 'ordMax' : 'ordMin'}(${r.code}, ${argList(c)})`,
        // `let mut best = None; best = best.max(Some(n))`: the argument says what the Option holds.
        type: r.type.kind === 'option' && r.type.elem.kind === 'unknown' ? c.args()[0]!.type : r.type,
      };
    case 'await':
      return null;
  }
  return null;
}

function cloneOf(c: Call): Typed {
  const r = c.receiver;
  if (isScalar(r.type) || r.type.kind === 'unit' || (r.type.kind === 'option' && isScalar(r.type.elem))) return r;
  switch (r.type.kind) {
    case 'vec':
      if (c.method === 'cloned' || c.method === 'copied') return r;
      if (isScalar(r.type.elem) || (r.type.elem.kind === 'option' && isScalar(r.type.elem.elem)))
        return { code: ts`[...${r.code}]`, type: r.type };
      // Elements that are values of their own (structs, tuples, vectors) are cloned too.
      c.cx.use('rs');
      return { code: ts`rs.clone(${r.code})`, type: r.type };
    case 'named':
      if (/^(mpsc|oneshot|broadcast|watch|std)\.|^JoinHandle$/.test(r.type.name))
        return { code: ts`${r.code}.clone()`, type: r.type };
      if (
        r.type.name === 'Mutex' ||
        r.type.name === 'StdMutex' ||
        r.type.name === 'Duration' ||
        r.type.name === 'Instant'
      )
        return r;
      if (c.cx.items.structs.get(r.type.name)?.derives.has('Clone'))
        return { code: ts`${r.code}.clone()`, type: r.type };
      // A value of a type parameter may be an object, which a clone must not share.
      if (c.cx.items.enums.has(r.type.name) || isTypeParameter(c.cx.items, r.type)) {
        c.cx.use('rs');
        return { code: ts`rs.clone(${r.code})`, type: r.type };
      }
      return r;
    default:
      c.cx.use('rs');
      return { code: ts`rs.clone(${r.code})`, type: r.type };
  }
}

/** A value whose `max`/`min` is `Ord`'s (not an iterator's). */
function isOrd(c: Call, type: RustType): boolean {
  if (type.kind === 'string' || type.kind === 'char' || type.kind === 'bool' || type.kind === 'tuple') return true;
  // `best.max(Some(x))`: None is below every Some.
  if (type.kind === 'option') return true;
  if (type.kind !== 'named') return false;
  return type.name === 'Duration' || type.name === 'Instant' || !!c.cx.items.structs.get(type.name)?.derives.has('Ord');
}
