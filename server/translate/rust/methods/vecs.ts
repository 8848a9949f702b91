// Vec, VecDeque and iterator methods: iterators are arrays here, so adapters are array methods
// (map, filter, ...) and collect() gives the array, a String or a map as asked.
//   v.iter().map(|x| x * 2).collect::<Vec<_>>()  -> v.map((x) => x * 2)
//   queue.pop_front()        -> queue.shift()
//   pairs.into_iter().collect::<HashMap<_, _>>()  -> new Map(pairs)
import { ts, typeOnly, type Code } from '../../emit/code.js';
import { field } from '../../syntax.js';
import { argList, argument, type Call, refineFromPush } from './call.js';
import type { Typed } from '../context.js';
import { camelCase } from '../names.js';
import { rangeFromElem } from './ranges.js';
import { isIndexRange, rangeBounds } from '../places.js';
import {
  BOOL,
  isScalar,
  named,
  option,
  result,
  STRING,
  tuple,
  UNIT,
  UNKNOWN,
  USIZE,
  vec,
  type RustType,
} from '../types.js';
import { isWide } from '../wide-integers.js';
import { collectionClass } from '../values.js';

export function vecMethods(c: Call): Typed | null {
  const r = c.receiver;
  const elem = r.type.kind === 'vec' ? r.type.elem : UNKNOWN;
  const a = () => argList(c);
  switch (c.method) {
    case 'push':
    case 'push_back':
      refineFromPush(c.cx, c.receiverNode, c.args()[0]?.type ?? UNKNOWN);
      return { code: ts`${r.code}.push(${a()})`, type: UNIT };
    case 'pop':
    case 'pop_back':
      return { code: ts`${r.code}.pop()`, type: option(elem) };
    case 'pop_front':
      return { code: ts`${r.code}.shift()`, type: option(elem) };
    case 'push_front':
      return { code: ts`${r.code}.unshift(${a()})`, type: UNIT };
    case 'len':
    case 'count':
      return { code: ts`${r.code}.length`, type: USIZE };
    case 'is_empty':
      return { code: ts`${r.code}.length === 0`, type: BOOL };
    case 'contains':
      return { code: ts`${r.code}.includes(${a()})`, type: BOOL };
    case 'starts_with':
    case 'ends_with':
      c.cx.use('rs');
      return {
        code: ts`rs.sliceHasAtEnd(${r.code}, ${a()}, '${c.method === 'starts_with' ? 'start' : 'end'}')`,
        type: BOOL,
      };
    case 'first':
    case 'front':
      return { code: ts`${r.code}[0]`, type: option(elem) };
    case 'last':
    case 'back':
      return { code: ts`${r.code}.at(-1)`, type: option(elem) };
    case 'get':
      return { code: ts`${r.code}[${argument(c)}]`, type: option(elem) };
    case 'first_mut':
    case 'last_mut': {
      // A `Some(x)` binding writes through the slot: `*x += 1` stores into the Vec.
      const items = c.cx.temp('items');
      c.cx.hoist(ts`const ${items} = ${r.code};`);
      const at = c.method === 'first_mut' ? ts`0` : ts`${items}.length - 1`;
      const slot = { get: ts`${items}[${at}]${typeOnly('!')}`, set: (v: Code) => ts`${items}[${at}] = ${v}` };
      return { code: ts`${items}[${at}]`, type: option(elem), slot };
    }
    case 'nth':
      return { code: ts`${r.code}[${argument(c)}]`, type: option(elem) };
    case 'sort':
    case 'sort_unstable':
      c.cx.use('rs');
      return { code: ts`${r.code}.sort(rs.cmp)`, type: UNIT };
    case 'sort_by':
    case 'sort_unstable_by':
      return { code: ts`${r.code}.sort(${c.fn(0, [elem, elem])})`, type: UNIT };
    case 'sort_by_key':
    case 'sort_unstable_by_key': {
      c.cx.use('rs');
      return {
        code: ts`${r.code}.sort((a, b) => rs.cmp((${c.fn(0, [elem])})(a), (${c.fn(0, [elem])})(b)))`,
        type: UNIT,
      };
    }
    case 'reverse':
      return { code: ts`${r.code}.reverse()`, type: UNIT };
    case 'rotate_left':
    case 'rotate_right': {
      c.cx.use('rs');
      const k = argument(c);
      const by = c.method === 'rotate_left' ? k : /^[\w.]+$/.test(k.toString()) ? ts`-${k}` : ts`-(${k})`;
      return { code: ts`rs.rotateItems(${r.code}, ${by})`, type: UNIT };
    }
    // A VecDeque is one array here: its contents are one slice.
    case 'as_slices':
      return { code: ts`[${r.code}, []]`, type: tuple([r.type, r.type]) };
    case 'make_contiguous':
      return r;
    case 'rev':
      return { code: ts`${r.code}.toReversed()`, type: r.type };
    case 'clear':
      if (elem.kind === 'named' && elem.name.includes('.')) {
        c.cx.use('rs');
        return { code: ts`rs.drop(${r.code}.splice(0))`, type: UNIT };
      }
      return { code: ts`${r.code}.length = 0`, type: UNIT };
    case 'next':
      // `it.next()` on a variable advances it (the variable holds a fresh array: see let); on a chain, the first item.
      if (c.receiverNode.type === 'identifier') return { code: ts`${r.code}.shift()`, type: option(elem) };
      return { code: ts`${r.code}[0]`, type: option(elem) };
    case 'flatten':
      if (elem.kind === 'option') return { code: ts`${r.code}.filter((v) => v !== undefined)`, type: vec(elem.elem) };
      return { code: ts`${r.code}.flat()`, type: elem.kind === 'vec' ? elem : vec(UNKNOWN) };
    case 'truncate':
      return { code: ts`${r.code}.length = Math.min(${r.code}.length, ${a()})`, type: UNIT };
    case 'insert': {
      const [i, v] = c.args();
      return { code: ts`${r.code}.splice(${i!.code}, 0, ${v!.code})`, type: UNIT };
    }
    case 'remove':
      return { code: ts`${r.code}.splice(${argument(c)}, 1)[0]${typeOnly('!')}`, type: elem };
    case 'extend':
    case 'extend_from_slice':
      return { code: ts`${r.code}.push(...${argument(c)})`, type: UNIT };
    case 'drain': {
      // `v.drain(a..b)`: the items in the range leave v; `v.drain(..)`, all of them.
      const range = c.argNodes[0];
      if (!range || !isIndexRange(range)) return { code: ts`${r.code}.splice(0)`, type: r.type };
      c.cx.use('rs');
      const { from, to } = rangeBounds(c.cx, range);
      return { code: ts`rs.drain(${r.code}, ${from}${to ? ts`, ${to}` : ''})`, type: r.type };
    }
    case 'as_str':
      // `chars.as_str()`: what is left of the string (chars are an array here).
      if (elem.kind !== 'char') return null;
      return { code: ts`${r.code}.join('')`, type: STRING };
    case 'join':
    case 'concat':
      // `[[1, 2], [3]].concat()`: a slice of slices concatenates to one Vec.
      if (c.method === 'concat' && elem.kind === 'vec') return { code: ts`${r.code}.flat()`, type: elem };
      // `[[1, 2], [3]].join(&0)` or `.join(&[0, 0][..])`: the slices with the separator between them.
      if (elem.kind === 'vec') {
        c.cx.use('rs');
        const bySlice = c.args()[0]?.type.kind === 'vec';
        return { code: ts`rs.joinSlices(${r.code}, ${a()}${bySlice ? ', true' : ''})`, type: elem };
      }
      return { code: ts`${r.code}.join(${c.method === 'concat' ? "''" : a()})`, type: STRING };
    case 'retain':
      return { code: ts`${r.code}.splice(0, ${r.code}.length, ...${r.code}.filter(${c.fn(0, [elem])}))`, type: UNIT };
    case 'swap': {
      const [i, j] = c.args();
      return {
        code: ts`[${r.code}[${i!.code}], ${r.code}[${j!.code}]] = [${r.code}[${j!.code}], ${r.code}[${i!.code}]]`,
        type: UNIT,
      };
    }
    case 'map': {
      const f = c.cx.closure(c.argNodes[0]!, [elem]);
      const out = vec(f.type.kind === 'fn' ? f.type.result : UNKNOWN);
      if (f.type.kind === 'fn' && f.type.isAsync) {
        // A closure that blocks (a thread join, a std recv) runs element by element, as Rust's map does.
        c.cx.use('rs');
        c.cx.awaits();
        return { code: ts`(await rs.mapAsync(${r.code}, ${f.code}))`, type: out };
      }
      return { code: ts`${r.code}.map(${f.code})`, type: out };
    }
    case 'filter':
      return { code: ts`${r.code}.filter(${c.fn(0, [elem])})`, type: r.type };
    case 'filter_map': {
      const f = c.cx.closure(c.argNodes[0]!, [elem]);
      return somes(r, f);
    }
    case 'flat_map': {
      const f = c.cx.closure(c.argNodes[0]!, [elem]);
      // An Option is an iterator of no value or one: flat_map over Options keeps the Somes.
      if (f.type.kind === 'fn' && f.type.result.kind === 'option') return somes(r, f);
      const type = f.type.kind === 'fn' && f.type.result.kind === 'vec' ? f.type.result : vec(UNKNOWN);
      if (f.type.kind === 'fn' && f.type.isAsync) {
        // As map's: `consumers.into_iter().flat_map(|c| c.join().unwrap())` joins one thread after another.
        c.cx.use('rs');
        c.cx.awaits();
        return { code: ts`(await rs.mapAsync(${r.code}, ${f.code})).flat()`, type };
      }
      return { code: ts`${r.code}.flatMap(${f.code})`, type };
    }
    case 'for_each':
      return { code: ts`${r.code}.forEach(${c.fn(0, [elem])})`, type: UNIT };
    case 'enumerate':
      return { code: ts`[...${r.code}.entries()]`, type: vec(tuple([USIZE, elem])) };
    case 'zip': {
      c.cx.use('rs');
      const other = c.args()[0]!;
      return {
        code: ts`rs.zip(${r.code}, ${other.code})`,
        type: vec(tuple([elem, other.type.kind === 'vec' ? other.type.elem : (rangeFromElem(other.type) ?? UNKNOWN)])),
      };
    }
    case 'chain':
      return { code: ts`[...${r.code}, ...${argument(c)}]`, type: r.type };
    case 'take_while':
    case 'skip_while':
      c.cx.use('rs');
      return { code: ts`rs.${camelCase(c.method)}(${r.code}, ${c.fn(0, [elem])})`, type: r.type };
    case 'take':
      return { code: ts`${r.code}.slice(0, ${a()})`, type: r.type };
    case 'skip':
      return { code: ts`${r.code}.slice(${a()})`, type: r.type };
    case 'step_by':
      return { code: ts`${r.code}.filter((_, i) => i % ${argument(c)} === 0)`, type: r.type };
    case 'sum':
      if (elem.kind === 'result' || elem.kind === 'option') return foldWrapped(c, elem);
      return {
        code: ts`${r.code}.reduce((a, b) => a + b, ${isWide(elem) ? '0n' : '0'})`,
        type: elem.kind === 'unknown' ? { kind: 'int', name: 'i32' } : elem,
      };
    case 'product':
      if (elem.kind === 'result' || elem.kind === 'option') return foldWrapped(c, elem);
      return { code: ts`${r.code}.reduce((a, b) => a * b, ${isWide(elem) ? '1n' : '1'})`, type: elem };
    case 'any':
      return { code: ts`${r.code}.some(${c.fn(0, [elem])})`, type: BOOL };
    case 'all':
      return { code: ts`${r.code}.every(${c.fn(0, [elem])})`, type: BOOL };
    case 'find':
      return { code: ts`${r.code}.find(${c.fn(0, [elem])})`, type: option(elem) };
    case 'position':
    case 'rposition':
      c.cx.use('rs');
      return { code: ts`rs.${c.method}(${r.code}, ${c.fn(0, [elem])})`, type: option(USIZE) };
    case 'fold': {
      const init = c.cx.expr(c.argNodes[0]!);
      return { code: ts`${r.code}.reduce(${c.fn(1, [init.type, elem])}, ${init.code})`, type: init.type };
    }
    case 'try_fold': {
      // The closure's Option or Result stops the fold at the first None or Err.
      const init = c.cx.expr(c.argNodes[0]!);
      const f = c.cx.closure(c.argNodes[1]!, [init.type, elem]);
      const wrapped = f.type.kind === 'fn' ? f.type.result : UNKNOWN;
      c.cx.use('rs');
      const fn = wrapped.kind === 'result' ? 'tryFoldResult' : 'tryFoldOption';
      return { code: ts`rs.${fn}(${r.code}, ${init.code}, ${f.code})`, type: wrapped };
    }
    case 'max':
    case 'min':
      c.cx.use('rs');
      return { code: ts`rs.${c.method}(${r.code})`, type: option(elem) };
    case 'max_by_key':
    case 'min_by_key':
      c.cx.use('rs');
      return { code: ts`rs.${camelCase(c.method)}(${r.code}, ${c.fn(0, [elem])})`, type: option(elem) };
    case 'collect':
      return collect(c);
    case 'split_at': {
      const at = c.args()[0]!;
      return { code: ts`[${r.code}.slice(0, ${at.code}), ${r.code}.slice(${at.code})]`, type: tuple([r.type, r.type]) };
    }
    case 'iter_mut':
      // Numbers and strings are values in JavaScript: `*slot = v` needs a Ref to the element.
      if (!isScalar(elem)) return null;
      c.cx.use('rs');
      return { code: ts`rs.refsTo(${r.code})`, type: vec(named('Ref', elem)) };
    case 'split_at_mut': {
      c.cx.use('rs');
      const where = c.cx.location(field(field(c.node, 'function')!, 'field')!);
      return { code: ts`rs.splitAtMut(${r.code}, ${argument(c)}, '${where}')`, type: tuple([r.type, r.type]) };
    }
    case 'binary_search':
    case 'binary_search_by':
    case 'binary_search_by_key': {
      c.cx.use('rs');
      const order =
        c.method === 'binary_search'
          ? ts`(item) => rs.cmp(item, ${argument(c)})`
          : c.method === 'binary_search_by'
            ? c.fn(0, [elem])
            : ts`(item) => rs.cmp((${c.fn(1, [elem])})(item), ${c.cx.expr(c.argNodes[0]!).code})`;
      return { code: ts`rs.binarySearchBy(${r.code}, ${order})`, type: result(USIZE, USIZE) };
    }
    case 'split_off': {
      c.cx.use('rs');
      const where = c.cx.location(field(field(c.node, 'function')!, 'field')!);
      return { code: ts`rs.splitOff(${r.code}, ${argument(c)}, '${where}')`, type: r.type };
    }
    case 'dedup':
      c.cx.use('rs');
      return { code: ts`rs.dedup(${r.code}, rs.eq)`, type: UNIT };
    case 'dedup_by_key': {
      c.cx.use('rs');
      const key = c.fn(0, [elem]);
      return { code: ts`rs.dedup(${r.code}, (a, b) => rs.eq((${key})(a), (${key})(b)))`, type: UNIT };
    }
    case 'remainder':
      // `it.remainder()` of `v.chunks_exact(n)` (rs.chunksExact gives its chunks with it).
      return { code: ts`${r.code}.remainder()`, type: elem };
    case 'windows':
    case 'chunks':
    case 'chunks_mut':
    case 'chunks_exact':
    case 'rchunks': {
      c.cx.use('rs');
      const where = c.cx.location(field(field(c.node, 'function')!, 'field')!);
      return { code: ts`rs.${camelCase(c.method)}(${r.code}, ${argument(c)}, '${where}')`, type: vec(r.type) };
    }
  }
  return null;
}

/** `collect()` into what the turbofish or the let's type asks: a Vec, a String, a map. */
function collect(c: Call): Typed {
  const r = c.receiver;
  // This call's own `::<..>` (not one inside the receiver's chain or a closure).
  const fn = field(c.node, 'function');
  const typeArgs = fn?.type === 'generic_function' ? (field(fn, 'type_arguments')?.text ?? '') : '';
  const turbofish = /^<\s*(\w+)/.exec(typeArgs)?.[1];
  if (turbofish === 'String') return { code: ts`${r.code}.join('')`, type: STRING };
  if (turbofish === 'HashMap' || turbofish === 'BTreeMap') {
    const elem = r.type.kind === 'vec' && r.type.elem.kind === 'tuple' ? r.type.elem.items : [UNKNOWN, UNKNOWN];
    const [key, value, sorted] = [elem[0] ?? UNKNOWN, elem[1] ?? UNKNOWN, turbofish === 'BTreeMap'];
    return {
      code: ts`new ${collectionClass(c.cx, 'map', key, sorted)}(${r.code})`,
      type: { kind: 'map', key, value, sorted },
    };
  }
  const parent = c.node.parent;
  const declared = parent?.type === 'let_declaration' ? (field(parent, 'type')?.text ?? '') : '';
  const returned = returnedType(c);
  const wrapper =
    /^(Result|Option)\b/.exec(turbofish ?? declared)?.[1] ??
    (returned?.kind === 'result' ? 'Result' : returned?.kind === 'option' ? 'Option' : null);
  if (wrapper) return collectWrapped(c, wrapper);
  if (declared === 'String' || (!declared && returned?.kind === 'string'))
    return { code: ts`${r.code}.join('')`, type: STRING };
  // `fn parse(..) -> BTreeMap<String, u32> { ...collect() }`: what the function returns.
  const returnedMap = !declared && returned?.kind === 'map' ? returned : null;
  const returnedSet = !declared && returned?.kind === 'set' ? returned : null;
  if (/^(HashMap|BTreeMap)/.test(declared) || returnedMap) {
    const sorted = returnedMap ? returnedMap.sorted : declared.startsWith('BTreeMap');
    const elem = r.type.kind === 'vec' && r.type.elem.kind === 'tuple' ? r.type.elem.items : [UNKNOWN, UNKNOWN];
    const [key, value] = returnedMap ? [returnedMap.key, returnedMap.value] : [elem[0] ?? UNKNOWN, elem[1] ?? UNKNOWN];
    return {
      code: ts`new ${collectionClass(c.cx, 'map', key, sorted)}(${r.code})`,
      type: { kind: 'map', key, value, sorted },
    };
  }
  if (turbofish === 'BinaryHeap' || declared.startsWith('BinaryHeap')) {
    c.cx.use('rs');
    return {
      code: ts`rs.BinaryHeap.from(${r.code})`,
      type: named('rs.BinaryHeap', r.type.kind === 'vec' ? r.type.elem : UNKNOWN),
    };
  }
  if (/^(HashSet|BTreeSet)/.test(turbofish ?? declared) || (!turbofish && returnedSet)) {
    const elem = returnedSet && !turbofish ? returnedSet.elem : r.type.kind === 'vec' ? r.type.elem : UNKNOWN;
    const sorted = returnedSet && !turbofish ? returnedSet.sorted : /^BTreeSet/.test(turbofish ?? declared);
    return {
      code: ts`new ${collectionClass(c.cx, 'set', elem, sorted)}(${r.code})`,
      type: { kind: 'set', elem, sorted },
    };
  }
  return r;
}

/** What a collect the function returns (its tail or `return`) collects into: the function's result type. */
function returnedType(c: Call): RustType | undefined {
  const parent = c.node.parent;
  const tail =
    parent?.type === 'return_expression' ||
    (parent?.type === 'block' && parent.lastNamedChild?.id === c.node.id && parent.parent?.type === 'function_item');
  return tail ? c.cx.fn?.result : undefined;
}

/** `sum::<Result<i32, E>>()`, `product::<Option<u64>>()`: the first Err (or None), else the total. */
function foldWrapped(c: Call, elem: RustType & { kind: 'result' | 'option' }): Typed {
  const value = elem.kind === 'result' ? elem.ok : elem.elem;
  const wide = isWide(value);
  const [op, start] = c.method === 'sum' ? ['+', wide ? '0n' : '0'] : ['*', wide ? '1n' : '1'];
  c.cx.use('rs');
  const fn = elem.kind === 'result' ? 'foldResults' : 'foldOptions';
  return { code: ts`rs.${fn}(${c.receiver.code}, (a, b) => a ${op} b, ${start})`, type: elem };
}

/** `collect::<Result<Vec<_>, E>>()`: the first Err (or None), else every value. */
function collectWrapped(c: Call, wrapper: string): Typed {
  const r = c.receiver;
  const elem = r.type.kind === 'vec' ? r.type.elem : UNKNOWN;
  c.cx.use('rs');
  if (wrapper === 'Option')
    return { code: ts`rs.collectOption(${r.code})`, type: option(vec(elem.kind === 'option' ? elem.elem : UNKNOWN)) };
  const [ok, err] = elem.kind === 'result' ? [elem.ok, elem.err] : [UNKNOWN, UNKNOWN];
  return { code: ts`rs.collectResult(${r.code})`, type: result(vec(ok), err) };
}

/** The values of the Somes that `f` gives for each item: `v.map(f).filter((v) => v !== undefined)`. */
function somes(r: Typed, f: Typed): Typed {
  const out = f.type.kind === 'fn' && f.type.result.kind === 'option' ? f.type.result.elem : UNKNOWN;
  return { code: ts`${r.code}.map(${f.code}).filter((v) => v !== undefined)`, type: vec(out) };
}
