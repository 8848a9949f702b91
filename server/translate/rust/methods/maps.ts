// HashMap, BTreeMap (the runtime's sorted map) and set methods on JavaScript's Map and Set.
//   scores.insert(name, 10);  -> scores.set(name, 10);
//   scores.contains_key(&k)   -> scores.has(k)
import { ts, typeOnly, type Code } from '../../emit/code.js';
import { argList, argument, type Call, type MethodContext } from './call.js';
import type { Typed } from '../context.js';
import { BOOL, isScalar, named, option, tuple, UNIT, UNKNOWN, USIZE, vec } from '../types.js';
import { holdsRef } from '../values.js';
import { rangeBounds } from '../facts.js';
import type { Node } from '../../syntax.js';

export function mapMethods(c: Call): Typed | null {
  const r = c.receiver;
  const [key, value] = r.type.kind === 'map' ? [r.type.key, r.type.value] : [UNKNOWN, UNKNOWN];
  const a = () => argList(c);
  switch (c.method) {
    case 'insert': {
      const [k, v] = c.args();
      if (c.node.parent?.type === 'expression_statement')
        return { code: ts`${r.code}.set(${k!.code}, ${v!.code})`, type: UNIT };
      // Its value is used: HashMap::insert gives the value it replaced.
      c.cx.use('rs');
      return { code: ts`rs.insert(${r.code}, ${k!.code}, ${v!.code})`, type: option(value) };
    }
    case 'entry':
      c.cx.use('rs');
      return { code: ts`rs.entry(${r.code}, ${argList(c)})`, type: named('Entry', value, key) };
    case 'get':
      return { code: ts`${r.code}.get(${a()})`, type: option(value) };
    case 'get_mut': {
      if (returnsRef(c.cx) && isScalar(value)) {
        c.cx.use('rs');
        return { code: ts`rs.getMut(${r.code}, ${a()})`, type: option(named('Ref', value)) };
      }
      const key = c.cx.temp('key');
      c.cx.hoist(ts`const ${key} = ${argument(c)};`);
      const slot = {
        get: ts`${r.code}.get(${key})${typeOnly('!')}`,
        set: (v: Code) => ts`${r.code}.set(${key}, ${v})`,
      };
      return { code: ts`${r.code}.get(${key})`, type: option(value), slot };
    }
    case 'contains_key':
      return { code: ts`${r.code}.has(${a()})`, type: BOOL };
    case 'remove': {
      const k = c.args()[0]!;
      const name = c.cx.temp('removed');
      c.cx.hoist(ts`const ${name} = ${r.code}.get(${k.code});`);
      c.cx.hoist(ts`${r.code}.delete(${k.code});`);
      return { code: ts`${name}`, type: option(value) };
    }
    case 'remove_entry':
      c.cx.use('rs');
      return { code: ts`rs.removeEntry(${r.code}, ${argList(c)})`, type: option(tuple([key, value])) };
    case 'len':
      return { code: ts`${r.code}.size`, type: USIZE };
    case 'is_empty':
      return { code: ts`${r.code}.size === 0`, type: BOOL };
    case 'keys':
      return { code: ts`[...${r.code}.keys()]`, type: vec(key) };
    case 'values':
    case 'values_mut':
      return { code: ts`[...${r.code}.values()]`, type: vec(value) };
    case 'clear':
      return { code: ts`${r.code}.clear()`, type: UNIT };
    case 'range': {
      // `btree.range(a..b)`, `range(a..=b)`, `range(..b)`: the bounds of the range written in the call.
      const bounds = c.argNodes[0] ? rangeBounds(c.argNodes[0]) : null;
      if (!bounds) return null;
      const side = (n: Node | null) => (n ? c.cx.expr(n).code : ts`undefined`);
      c.cx.use('rs');
      const inclusive = bounds.inclusive ? ', true' : '';
      return {
        code: ts`rs.mapRange(${r.code}, ${side(bounds.start)}, ${side(bounds.end)}${inclusive})`,
        type: vec(tuple([key, value])),
      };
    }
    case 'retain':
      c.cx.use('rs');
      return { code: ts`rs.retainMap(${r.code}, ${c.fn(0, [key, value])})`, type: UNIT };
    case 'first_key_value':
    case 'last_key_value':
      c.cx.use('rs');
      return {
        code: ts`rs.${c.method === 'first_key_value' ? 'firstOf' : 'lastOf'}(${r.code})`,
        type: option(tuple([key, value])),
      };
    case 'pop_first':
    case 'pop_last':
      c.cx.use('rs');
      return { code: ts`rs.popMapEnd(${r.code}, '${c.method.slice(4)}')`, type: option(tuple([key, value])) };
    case 'split_off':
      c.cx.use('rs');
      return { code: ts`rs.splitOffKeys(${r.code}, ${argList(c)})`, type: r.type };
  }
  return null;
}

/** `a.intersection(&b)` and the other set methods that give an iterator (here an array). */
const SET_ITERATORS: Record<string, string> = {
  intersection: 'intersection',
  union: 'union',
  difference: 'difference',
  symmetric_difference: 'symmetricDifference',
};

export function setMethods(c: Call): Typed | null {
  const r = c.receiver;
  const elem = r.type.kind === 'set' ? r.type.elem : UNKNOWN;
  switch (c.method) {
    case 'insert':
      if (c.node.parent?.type === 'expression_statement') return { code: ts`${r.code}.add(${argList(c)})`, type: UNIT };
      // Its value is used: HashSet::insert says whether the value was new.
      c.cx.use('rs');
      return { code: ts`rs.insertNew(${r.code}, ${argList(c)})`, type: BOOL };
    case 'contains':
      return { code: ts`${r.code}.has(${argList(c)})`, type: BOOL };
    case 'len':
      return { code: ts`${r.code}.size`, type: USIZE };
    case 'is_empty':
      return { code: ts`${r.code}.size === 0`, type: BOOL };
    case 'remove':
      return { code: ts`${r.code}.delete(${argList(c)})`, type: BOOL };
    case 'first':
    case 'last':
      c.cx.use('rs');
      return { code: ts`rs.${c.method}Of(${r.code})`, type: option(elem) };
    case 'pop_first':
    case 'pop_last':
      c.cx.use('rs');
      return { code: ts`rs.popSetEnd(${r.code}, '${c.method.slice(4)}')`, type: option(elem) };
    case 'split_off':
      c.cx.use('rs');
      return { code: ts`rs.splitOffValues(${r.code}, ${argList(c)})`, type: r.type };
    case 'is_subset':
    case 'is_disjoint':
      c.cx.use('rs');
      return {
        code: ts`rs.${c.method === 'is_subset' ? 'isSubset' : 'isDisjoint'}(${r.code}, ${argList(c)})`,
        type: BOOL,
      };
    case 'is_superset':
      c.cx.use('rs');
      return { code: ts`rs.isSubset(${argList(c)}, ${r.code})`, type: BOOL };
  }
  const setIterator = SET_ITERATORS[c.method];
  if (setIterator) {
    c.cx.use('rs');
    return { code: ts`rs.${setIterator}(${r.code}, ${argList(c)})`, type: vec(elem) };
  }
  return null;
}

/** The current function hands a `&mut` to a number or string back (`-> Result<&mut u64, E>`). */
function returnsRef(cx: MethodContext): boolean {
  return !!cx.fn && holdsRef(cx.fn.result);
}
