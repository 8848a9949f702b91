// std::mem::take, replace and swap: the place they are given is read, then written.
//   let full = std::mem::take(&mut self.pending);  -> const taken1 = this.pending; this.pending = []; const full = taken1;
//   let old = mem::replace(&mut slot, 9);          -> const replaced1 = slot; slot = 9; const old = replaced1;
//   mem::swap(&mut a, &mut b);                     -> [a, b] = [b, a];
import { ts } from '../emit/code.js';
import { field, type Node } from '../syntax.js';
import type { RustContext, Typed } from './context.js';
import { UNIT } from './types.js';
import { defaultOf, storeInto } from './values.js';

const MEM_FUNCTIONS = new Set(['take', 'replace', 'swap']);

/** The std::mem function a call's path names (`mem::take`, `std::mem::swap`, `take` after `use std::mem::take`), or null. */
export function memFunction(cx: RustContext, segments: string[]): string | null {
  const last = segments[segments.length - 1]!;
  if (!MEM_FUNCTIONS.has(last)) return null;
  const path = segments.length === 1 ? (cx.items.aliases.get(last) ?? '') : segments.join('::');
  return /^(std::|core::)?mem::\w+$/.test(path) ? last : null;
}

export function memCall(cx: RustContext, node: Node, name: string, argNodes: Node[]): Typed {
  const places = argNodes.map((a) => placeOf(cx, a));
  const [first, second] = places;
  if (!first || !first.store || (name === 'swap' && !second?.store))
    return cx.unsupported(node, `std::mem::${name} of this place`);
  if (name === 'swap') {
    cx.hoist(ts`[${first.value.code}, ${second!.value.code}] = [${second!.value.code}, ${first.value.code}];`);
    return { code: ts`null`, type: UNIT };
  }
  const replacement = name === 'take' ? ts`${defaultOf(cx, first.value.type)}` : cx.expr(argNodes[1]!).code;
  const old = cx.temp(name === 'take' ? 'taken' : 'replaced');
  cx.hoist(ts`const ${old} = ${first.value.code};`);
  cx.hoist(ts`${first.store(replacement)};`);
  return { code: ts`${old}`, type: first.value.type };
}

/** `&mut place`: the place's value and how to write it. */
function placeOf(cx: RustContext, arg: Node): { value: Typed; store: ReturnType<typeof storeInto> } | null {
  const inner = arg.type === 'reference_expression' ? field(arg, 'value') : arg;
  if (!inner) return null;
  const value = cx.with({ indexingPlace: true }, () => cx.expr(inner));
  return { value, store: storeInto(value) };
}
