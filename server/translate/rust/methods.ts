import { Code, join, ts, typeOnly } from '../emit/code.js';
import { field, kids, type Node } from '../syntax.js';
import type { Items } from './items.js';
import { camelCase } from './scope.js';
import { BOOL, CHAR, defaultValueText, FLOAT, isNumeric, isScalar, named, option, result, STRING, tuple, UNIT, UNKNOWN, USIZE, vec, type RustType } from './types.js';
import { enumMethodName, type Typed } from './translator.js';

export interface MethodContext {
  use(name: string): void;
  awaits(): void;
  location(node: Node): string;
  temp(base: string): string;
  hoist(code: Code): void;
  afterStatement(code: Code): void;
  items: Items;
  expr(node: Node): Typed;
  closure(node: Node, paramTypes: RustType[]): Typed;
  report(node: Node, message: string): void;
  /** The current function hands a `&mut` to a number or string back (`-> Result<&mut u64, E>`). */
  returnsRef(): boolean;
  /** `v.push(x)`: what was pushed, so that a Vec of unknown element type learns it. */
  pushed(receiverNode: Node, type: RustType): void;
}

type Handler = (c: Call) => Typed | null;

interface Call {
  ctx: MethodContext;
  node: Node;
  receiver: Typed;
  receiverNode: Node;
  method: string;
  argNodes: Node[];
  args: () => Typed[];
  /** The closure argument `i`, its parameters typed as given. */
  fn: (i: number, params: RustType[]) => Code;
}

/** A method call on a value of a standard or runtime type, by the receiver's type. */
export function translateMethod(ctx: MethodContext, node: Node, receiver: Typed, receiverNode: Node, method: string, argNodes: Node[]): Typed {
  let cached: Typed[] | null = null;
  const call: Call = {
    ctx,
    node,
    receiver,
    receiverNode,
    method,
    argNodes,
    args: () => (cached ??= argNodes.map((a) => ctx.expr(a))),
    fn: (i, params) => {
      const a = argNodes[i];
      return a ? ctx.closure(a, params).code : ts`undefined`;
    },
  };
  const t = receiver.type;
  const handlers: Handler[] = [common];
  if (t.kind === 'option') handlers.unshift(optionMethods);
  else if (t.kind === 'result') handlers.unshift(resultMethods);
  else if (t.kind === 'string' || t.kind === 'char') handlers.unshift(stringMethods);
  else if (t.kind === 'vec') handlers.unshift(vecMethods);
  else if (t.kind === 'map') handlers.unshift(mapMethods);
  else if (t.kind === 'set') handlers.unshift(setMethods);
  else if (isNumeric(t)) handlers.unshift(numberMethods);
  else if (t.kind === 'named') handlers.unshift(runtimeMethods);
  else if (t.kind === 'unknown') handlers.unshift(guessedMethods);
  for (const h of handlers) {
    const out = h(call);
    if (out) return out;
  }
  return { code: ts`${receiver.code}.${camelCase(method)}(${join(call.args().map((a) => a.code), ', ')})`, type: UNKNOWN };
}

const argList = (c: Call): Code => join(c.args().map((a) => a.code), ', ');

/** Methods every type answers the same way. */
function common(c: Call): Typed | null {
  const r = c.receiver;
  switch (c.method) {
    case 'clone':
    case 'to_owned':
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
      if (c.method === 'borrow' && r.type.kind === 'named' && r.type.name.startsWith('watch.')) return null;
      if (r.type.kind === 'map' && (c.method === 'iter' || c.method === 'into_iter' || c.method === 'iter_mut')) {
        return { code: ts`[...${r.code}]`, type: vec(tuple([r.type.key, r.type.value])) };
      }
      if (r.type.kind === 'named' && r.type.name === 'std.Receiver' && c.method === 'iter') return { code: ts`${r.code}.iter()`, type: named('std.Iter', r.type.args[0] ?? UNKNOWN) };
      if (r.type.kind === 'string' && c.method === 'into') return r;
      return r;
    case 'to_string':
      if (r.type.kind === 'string' || r.type.kind === 'char') return { code: r.code, type: STRING };
      if (isNumeric(r.type) || r.type.kind === 'bool') return { code: ts`String(${r.code})`, type: STRING };
      if (r.type.kind === 'named' && c.ctx.items.enums.has(r.type.name) && c.ctx.items.displays.has(r.type.name)) {
        return { code: ts`${enumMethodName(r.type.name, 'fmt')}(${r.code})`, type: STRING };
      }
      c.ctx.use('format');
      return { code: ts`format('{}', [${r.code}])`, type: STRING };
    case 'unwrap':
    case 'expect':
      return r.type.kind === 'unknown' ? resultMethods(c) : null;
    case 'len':
      return { code: ts`${r.code}.length`, type: USIZE };
    case 'cmp':
    case 'partial_cmp': {
      c.ctx.use('rs');
      return { code: ts`rs.cmp(${r.code}, ${argList(c)})`, type: named('Ordering') };
    }
    case 'max':
    case 'min':
      if (isNumeric(r.type)) return { code: ts`Math.${c.method}(${r.code}, ${argList(c)})`, type: r.type };
      return null;
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
      return { code: ts`[...${r.code}]`, type: r.type };
    case 'named':
      if (/^(mpsc|oneshot|broadcast|watch|std)\.|^JoinHandle$/.test(r.type.name)) return { code: ts`${r.code}.clone()`, type: r.type };
      if (r.type.name === 'Mutex' || r.type.name === 'StdMutex' || r.type.name === 'Duration' || r.type.name === 'Instant') return r;
      if (c.ctx.items.structs.get(r.type.name)?.derives.has('Clone')) return { code: ts`${r.code}.clone()`, type: r.type };
      if (c.ctx.items.enums.has(r.type.name)) {
        c.ctx.use('rs');
        return { code: ts`rs.clone(${r.code})`, type: r.type };
      }
      return r;
    default:
      c.ctx.use('rs');
      return { code: ts`rs.clone(${r.code})`, type: r.type };
  }
}

function optionMethods(c: Call): Typed | null {
  const r = c.receiver;
  const elem = r.type.kind === 'option' ? r.type.elem : UNKNOWN;
  switch (c.method) {
    case 'unwrap':
      c.ctx.use('unwrap');
      return { code: ts`unwrap(${r.code}, '${c.ctx.location(field(field(c.node, 'function')!, 'field')!)}')`, type: elem, slot: r.slot };
    case 'expect':
      c.ctx.use('expect');
      return { code: ts`expect(${r.code}, ${argList(c)}, '${c.ctx.location(field(field(c.node, 'function')!, 'field')!)}')`, type: elem };
    case 'is_some':
      return { code: ts`${r.code} !== undefined`, type: BOOL };
    case 'is_none':
      return { code: ts`${r.code} === undefined`, type: BOOL };
    case 'unwrap_or':
      return { code: ts`(${r.code} ?? ${argList(c)})`, type: elem };
    case 'unwrap_or_default':
      return { code: ts`(${r.code} ?? ${defaultValueText(elem)})`, type: elem };
    case 'unwrap_or_else':
      return { code: ts`(${r.code} ?? (${c.fn(0, [])})())`, type: elem };
    case 'map': {
      c.ctx.use('rs');
      const f = c.ctx.closure(c.argNodes[0]!, [elem]);
      return { code: ts`rs.mapOption(${r.code}, ${f.code})`, type: option(f.type.kind === 'fn' ? f.type.result : UNKNOWN) };
    }
    case 'ok_or':
      c.ctx.use('rs');
      return { code: ts`rs.okOr(${r.code}, ${argList(c)})`, type: result(elem, c.args()[0]?.type ?? UNKNOWN), slot: r.slot };
    case 'take': {
      const name = c.ctx.temp('taken');
      c.ctx.hoist(ts`const ${name} = ${r.code};`);
      c.ctx.hoist(ts`${r.code} = undefined;`);
      return { code: ts`${name}`, type: r.type };
    }
    case 'map_or': {
      c.ctx.use('rs');
      const fallback = c.ctx.expr(c.argNodes[0]!);
      return { code: ts`rs.mapOr(${r.code}, ${fallback.code}, ${c.fn(1, [elem])})`, type: fallback.type };
    }
    case 'zip': {
      c.ctx.use('rs');
      const other = c.args()[0]!;
      return { code: ts`rs.zipOption(${r.code}, ${other.code})`, type: option(tuple([elem, other.type.kind === 'option' ? other.type.elem : UNKNOWN])) };
    }
    case 'ok_or_else':
      c.ctx.use('rs');
      return { code: ts`rs.okOrElse(${r.code}, ${c.fn(0, [])})`, type: result(elem, UNKNOWN), slot: r.slot };
    case 'and_then':
      c.ctx.use('rs');
      return { code: ts`rs.andThen(${r.code}, ${c.fn(0, [elem])})`, type: r.type };
    case 'filter': {
      c.ctx.use('rs');
      return { code: ts`rs.filterOption(${r.code}, ${c.fn(0, [elem])})`, type: r.type };
    }
    case 'or':
      return { code: ts`(${r.code} ?? ${argList(c)})`, type: r.type };
    case 'is_some_and':
      return { code: ts`(${r.code} !== undefined && (${c.fn(0, [elem])})(${r.code}))`, type: BOOL };
  }
  return null;
}

function resultMethods(c: Call): Typed | null {
  const r = c.receiver;
  const ok = r.type.kind === 'result' ? r.type.ok : UNKNOWN;
  const err = r.type.kind === 'result' ? r.type.err : UNKNOWN;
  const where = () => `'${c.ctx.location(field(field(c.node, 'function')!, 'field')!)}'`;
  switch (c.method) {
    case 'unwrap':
      return { code: ts`${r.code}.unwrap(${where()})`, type: ok, slot: r.slot };
    case 'expect':
      return { code: ts`${r.code}.expect(${argList(c)}, ${where()})`, type: ok, slot: r.slot };
    case 'unwrap_err':
      return { code: ts`${r.code}.unwrapErr(${where()})`, type: err };
    case 'is_ok':
    case 'is_err':
      return { code: ts`${r.code}.${camelCase(c.method)}()`, type: BOOL };
    case 'ok':
      return { code: ts`${r.code}.ok()`, type: option(ok) };
    case 'err':
      return { code: ts`${r.code}.err()`, type: option(err) };
    case 'unwrap_or':
      return { code: ts`${r.code}.unwrapOr(${argList(c)})`, type: ok };
    case 'unwrap_or_default':
      return { code: ts`${r.code}.unwrapOr(${defaultValueText(ok)})`, type: ok };
    case 'unwrap_or_else':
      return { code: ts`${r.code}.unwrapOrElse(${c.fn(0, [err])})`, type: ok };
    case 'map': {
      const f = c.ctx.closure(c.argNodes[0]!, [ok]);
      return { code: ts`${r.code}.map(${f.code})`, type: result(f.type.kind === 'fn' ? f.type.result : UNKNOWN, err) };
    }
    case 'map_err': {
      const f = c.ctx.closure(c.argNodes[0]!, [err]);
      return { code: ts`${r.code}.mapErr(${f.code})`, type: result(ok, f.type.kind === 'fn' ? f.type.result : UNKNOWN) };
    }
  }
  return null;
}

function stringMethods(c: Call): Typed | null {
  const r = c.receiver;
  const a = () => argList(c);
  switch (c.method) {
    case 'len':
      c.ctx.use('rs');
      return { code: ts`rs.strLen(${r.code})`, type: USIZE };
    case 'is_empty':
      return { code: ts`${r.code}.length === 0`, type: BOOL };
    case 'push_str':
    case 'push':
      return { code: ts`${r.code} += ${a()}`, type: UNIT };
    case 'to_uppercase':
    case 'to_ascii_uppercase':
      return { code: ts`${r.code}.toUpperCase()`, type: r.type };
    case 'to_lowercase':
    case 'to_ascii_lowercase':
      return { code: ts`${r.code}.toLowerCase()`, type: r.type };
    case 'trim':
      return { code: ts`${r.code}.trim()`, type: STRING };
    case 'trim_start':
      return { code: ts`${r.code}.trimStart()`, type: STRING };
    case 'trim_end':
      return { code: ts`${r.code}.trimEnd()`, type: STRING };
    case 'contains':
      return { code: ts`${r.code}.includes(${a()})`, type: BOOL };
    case 'starts_with':
      return { code: ts`${r.code}.startsWith(${a()})`, type: BOOL };
    case 'ends_with':
      return { code: ts`${r.code}.endsWith(${a()})`, type: BOOL };
    case 'replace':
      return { code: ts`${r.code}.replaceAll(${a()})`, type: STRING };
    case 'repeat':
      return { code: ts`${r.code}.repeat(${a()})`, type: STRING };
    case 'split':
      return { code: ts`${r.code}.split(${a()})`, type: vec(STRING) };
    case 'split_whitespace':
      return { code: ts`${r.code}.split(/\\s+/).filter((w) => w !== '')`, type: vec(STRING) };
    case 'lines':
      return { code: ts`${r.code}.split('\\n')`, type: vec(STRING) };
    case 'chars':
      return { code: ts`[...${r.code}]`, type: vec(CHAR) };
    case 'bytes':
      return { code: ts`[...new TextEncoder().encode(${r.code})]`, type: vec({ kind: 'int', name: 'u8' }) };
    case 'parse': {
      c.ctx.use('rs');
      const fn = field(c.node, 'function');
      const turbofish = fn?.type === 'generic_function' ? kids(field(fn, 'type_arguments'))[0]?.text : /::<(\w+)>/.exec(c.node.text)?.[1];
      if (turbofish === 'f64' || turbofish === 'f32') return { code: ts`rs.parseFloat(${r.code})`, type: result(FLOAT, named('ParseFloatError')) };
      return { code: ts`rs.parseInteger(${r.code}${turbofish ? `, '${turbofish}'` : ''})`, type: result({ kind: 'int', name: turbofish ?? 'i32' }, named('ParseIntError')) };
    }
    case 'is_alphabetic':
      return { code: ts`/\\p{Alphabetic}/u.test(${r.code})`, type: BOOL };
    case 'is_numeric':
    case 'is_ascii_digit':
      return { code: ts`/^[0-9]$/.test(${r.code})`, type: BOOL };
    case 'is_whitespace':
      return { code: ts`/^\\s$/.test(${r.code})`, type: BOOL };
    case 'is_uppercase':
      return { code: ts`(${r.code} !== ${r.code}.toLowerCase())`, type: BOOL };
    case 'to_digit':
      return { code: ts`(/^[0-9]$/.test(${r.code}) ? Number(${r.code}) : undefined)`, type: option({ kind: 'int', name: 'u32' }) };
    case 'find':
      return { code: ts`((i) => (i < 0 ? undefined : i))(${r.code}.indexOf(${a()}))`, type: option(USIZE) };
    case 'strip_prefix':
    case 'strip_suffix':
      c.ctx.use('rs');
      return { code: ts`rs.${camelCase(c.method)}(${r.code}, ${a()})`, type: option(STRING) };
    case 'split_once':
      c.ctx.use('rs');
      return { code: ts`rs.splitOnce(${r.code}, ${a()})`, type: option(tuple([STRING, STRING])) };
    case 'splitn': {
      const [n, sep] = c.args();
      return { code: ts`((parts) => [...parts.slice(0, ${n!.code} - 1), parts.slice(${n!.code} - 1).join(${sep!.code})])(${r.code}.split(${sep!.code}))`, type: vec(STRING) };
    }
    case 'char_indices':
      return { code: ts`[...${r.code}].entries()`, type: vec(tuple([USIZE, CHAR])) };
    case 'trim_matches':
      return { code: ts`${r.code}.replace(new RegExp(\`^[\${${a()}}]+|[\${${a()}}]+$\`, 'g'), '')`, type: STRING };
    case 'is_ascii_alphabetic':
      return { code: ts`/^[A-Za-z]$/.test(${r.code})`, type: BOOL };
    case 'is_alphanumeric':
    case 'is_ascii_alphanumeric':
      return { code: ts`/^[\p{L}\p{N}]$/u.test(${r.code})`, type: BOOL };
  }
  return null;
}

function numberMethods(c: Call): Typed | null {
  const r = c.receiver;
  switch (c.method) {
    case 'abs':
    case 'sqrt':
    case 'floor':
    case 'ceil':
    case 'round':
      return { code: ts`Math.${c.method}(${r.code})`, type: r.type };
    case 'pow':
    case 'powi':
    case 'powf':
      return { code: ts`${r.code} ** ${argList(c)}`, type: r.type };
    case 'checked_add':
    case 'checked_sub':
    case 'checked_mul': {
      c.ctx.use('rs');
      const op = { checked_add: '+', checked_sub: '-', checked_mul: '*' }[c.method];
      const intName = r.type.kind === 'int' ? r.type.name : 'i32';
      return { code: ts`rs.checked(${r.code} ${op} ${argList(c)}, '${intName}')`, type: option(r.type) };
    }
    case 'rem_euclid': {
      const d = c.args()[0]!;
      return { code: ts`((${r.code} % ${d.code}) + ${d.code}) % ${d.code}`, type: r.type };
    }
    case 'signum':
      return { code: ts`Math.sign(${r.code})`, type: r.type };
    case 'wrapping_add':
    case 'wrapping_sub':
    case 'wrapping_mul':
    case 'saturating_add':
    case 'saturating_sub':
    case 'saturating_mul': {
      c.ctx.use('rs');
      const op = { add: '+', sub: '-', mul: '*' }[c.method.split('_')[1] as 'add' | 'sub' | 'mul'];
      const intName = r.type.kind === 'int' ? r.type.name : 'i32';
      return { code: ts`rs.${c.method.split('_')[0]!}(${r.code} ${op} ${argList(c)}, '${intName}')`, type: r.type };
    }
    case 'checked_div': {
      const d = c.args()[0]!;
      return { code: ts`(${d.code} === 0 ? undefined : Math.trunc(${r.code} / ${d.code}))`, type: option(r.type) };
    }
  }
  return null;
}

function vecMethods(c: Call): Typed | null {
  const r = c.receiver;
  const elem = r.type.kind === 'vec' ? r.type.elem : UNKNOWN;
  const a = () => argList(c);
  switch (c.method) {
    case 'push':
    case 'push_back':
      c.ctx.pushed(c.receiverNode, c.args()[0]?.type ?? UNKNOWN);
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
    case 'first':
      return { code: ts`${r.code}[0]`, type: option(elem) };
    case 'last':
      return { code: ts`${r.code}.at(-1)`, type: option(elem) };
    case 'get':
      return { code: ts`${r.code}[${a()}]`, type: option(elem) };
    case 'nth':
      return { code: ts`${r.code}[${a()}]`, type: option(elem) };
    case 'sort':
    case 'sort_unstable':
      c.ctx.use('rs');
      return { code: ts`${r.code}.sort(rs.cmp)`, type: UNIT };
    case 'sort_by':
    case 'sort_unstable_by':
      return { code: ts`${r.code}.sort(${c.fn(0, [elem, elem])})`, type: UNIT };
    case 'sort_by_key':
    case 'sort_unstable_by_key': {
      c.ctx.use('rs');
      return { code: ts`${r.code}.sort((a, b) => rs.cmp((${c.fn(0, [elem])})(a), (${c.fn(0, [elem])})(b)))`, type: UNIT };
    }
    case 'reverse':
      return { code: ts`${r.code}.reverse()`, type: UNIT };
    case 'rev':
      return { code: ts`${r.code}.toReversed()`, type: r.type };
    case 'clear':
      if (elem.kind === 'named' && elem.name.includes('.')) {
        c.ctx.use('rs');
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
      return { code: ts`${r.code}.splice(${a()}, 1)[0]${typeOnly('!')}`, type: elem };
    case 'extend':
    case 'extend_from_slice':
      return { code: ts`${r.code}.push(...${a()})`, type: UNIT };
    case 'drain':
      return { code: ts`${r.code}.splice(0)`, type: r.type };
    case 'join':
    case 'concat':
      return { code: ts`${r.code}.join(${c.method === 'concat' ? "''" : a()})`, type: STRING };
    case 'retain':
      return { code: ts`${r.code}.splice(0, ${r.code}.length, ...${r.code}.filter(${c.fn(0, [elem])}))`, type: UNIT };
    case 'swap': {
      const [i, j] = c.args();
      return { code: ts`[${r.code}[${i!.code}], ${r.code}[${j!.code}]] = [${r.code}[${j!.code}], ${r.code}[${i!.code}]]`, type: UNIT };
    }
    case 'map': {
      const f = c.ctx.closure(c.argNodes[0]!, [elem]);
      const out = vec(f.type.kind === 'fn' ? f.type.result : UNKNOWN);
      if (f.type.kind === 'fn' && f.type.isAsync) {
        // A closure that blocks (a thread join, a std recv) runs element by element, as Rust's map does.
        c.ctx.use('rs');
        c.ctx.awaits();
        return { code: ts`(await rs.mapAsync(${r.code}, ${f.code}))`, type: out };
      }
      return { code: ts`${r.code}.map(${f.code})`, type: out };
    }
    case 'filter':
      return { code: ts`${r.code}.filter(${c.fn(0, [elem])})`, type: r.type };
    case 'filter_map': {
      const f = c.ctx.closure(c.argNodes[0]!, [elem]);
      const out = f.type.kind === 'fn' && f.type.result.kind === 'option' ? f.type.result.elem : UNKNOWN;
      return { code: ts`${r.code}.map(${f.code}).filter((v) => v !== undefined)`, type: vec(out) };
    }
    case 'flat_map': {
      const f = c.ctx.closure(c.argNodes[0]!, [elem]);
      return { code: ts`${r.code}.flatMap(${f.code})`, type: f.type.kind === 'fn' && f.type.result.kind === 'vec' ? f.type.result : vec(UNKNOWN) };
    }
    case 'for_each':
      return { code: ts`${r.code}.forEach(${c.fn(0, [elem])})`, type: UNIT };
    case 'enumerate':
      return { code: ts`[...${r.code}.entries()]`, type: vec(tuple([USIZE, elem])) };
    case 'zip': {
      c.ctx.use('rs');
      const other = c.args()[0]!;
      return { code: ts`rs.zip(${r.code}, ${other.code})`, type: vec(tuple([elem, other.type.kind === 'vec' ? other.type.elem : UNKNOWN])) };
    }
    case 'chain':
      return { code: ts`[...${r.code}, ...${a()}]`, type: r.type };
    case 'take_while':
    case 'skip_while':
      c.ctx.use('rs');
      return { code: ts`rs.${camelCase(c.method)}(${r.code}, ${c.fn(0, [elem])})`, type: r.type };
    case 'take':
      return { code: ts`${r.code}.slice(0, ${a()})`, type: r.type };
    case 'skip':
      return { code: ts`${r.code}.slice(${a()})`, type: r.type };
    case 'step_by':
      return { code: ts`${r.code}.filter((_, i) => i % ${a()} === 0)`, type: r.type };
    case 'sum':
      return { code: ts`${r.code}.reduce((a, b) => a + b, 0)`, type: elem.kind === 'unknown' ? { kind: 'int', name: 'i32' } : elem };
    case 'product':
      return { code: ts`${r.code}.reduce((a, b) => a * b, 1)`, type: elem };
    case 'any':
      return { code: ts`${r.code}.some(${c.fn(0, [elem])})`, type: BOOL };
    case 'all':
      return { code: ts`${r.code}.every(${c.fn(0, [elem])})`, type: BOOL };
    case 'find':
      return { code: ts`${r.code}.find(${c.fn(0, [elem])})`, type: option(elem) };
    case 'position':
      c.ctx.use('rs');
      return { code: ts`rs.position(${r.code}, ${c.fn(0, [elem])})`, type: option(USIZE) };
    case 'fold': {
      const init = c.ctx.expr(c.argNodes[0]!);
      return { code: ts`${r.code}.reduce(${c.fn(1, [init.type, elem])}, ${init.code})`, type: init.type };
    }
    case 'max':
    case 'min':
      c.ctx.use('rs');
      return { code: ts`rs.${c.method}(${r.code})`, type: option(elem) };
    case 'max_by_key':
    case 'min_by_key':
      c.ctx.use('rs');
      return { code: ts`rs.${camelCase(c.method)}(${r.code}, ${c.fn(0, [elem])})`, type: option(elem) };
    case 'collect':
      return collect(c);
    case 'split_at': {
      const at = c.args()[0]!;
      return { code: ts`[${r.code}.slice(0, ${at.code}), ${r.code}.slice(${at.code})]`, type: tuple([r.type, r.type]) };
    }
    case 'windows':
    case 'chunks':
      return null;
  }
  return null;
}

/** `collect()` into what the turbofish or the let's type asks: a Vec, a String, a map. */
function collect(c: Call): Typed {
  const r = c.receiver;
  const turbofish = /collect::<\s*(\w+)/.exec(c.node.text)?.[1];
  if (turbofish === 'String') return { code: ts`${r.code}.join('')`, type: STRING };
  if (turbofish === 'HashMap' || turbofish === 'BTreeMap') {
    const elem = r.type.kind === 'vec' && r.type.elem.kind === 'tuple' ? r.type.elem.items : [UNKNOWN, UNKNOWN];
    if (turbofish === 'BTreeMap') c.ctx.use('rs');
    return { code: ts`new ${turbofish === 'BTreeMap' ? 'rs.BTreeMap' : 'Map'}(${r.code})`, type: { kind: 'map', key: elem[0] ?? UNKNOWN, value: elem[1] ?? UNKNOWN, sorted: turbofish === 'BTreeMap' } };
  }
  const parent = c.node.parent;
  const declared = parent?.type === 'let_declaration' ? field(parent, 'type')?.text ?? '' : '';
  if (declared === 'String') return { code: ts`${r.code}.join('')`, type: STRING };
  if (/^(HashMap|BTreeMap)/.test(declared)) {
    const sorted = declared.startsWith('BTreeMap');
    if (sorted) c.ctx.use('rs');
    return { code: ts`new ${sorted ? 'rs.BTreeMap' : 'Map'}(${r.code})`, type: { kind: 'map', key: UNKNOWN, value: UNKNOWN, sorted } };
  }
  if (/^(HashSet|BTreeSet)/.test(declared)) return { code: ts`new Set(${r.code})`, type: { kind: 'set', elem: UNKNOWN, sorted: false } };
  return r;
}

function mapMethods(c: Call): Typed | null {
  const r = c.receiver;
  const [key, value] = r.type.kind === 'map' ? [r.type.key, r.type.value] : [UNKNOWN, UNKNOWN];
  const a = () => argList(c);
  switch (c.method) {
    case 'insert': {
      const [k, v] = c.args();
      if (c.node.parent?.type === 'expression_statement') return { code: ts`${r.code}.set(${k!.code}, ${v!.code})`, type: UNIT };
      // Its value is used: HashMap::insert gives the value it replaced.
      c.ctx.use('rs');
      return { code: ts`rs.insert(${r.code}, ${k!.code}, ${v!.code})`, type: option(value) };
    }
    case 'entry':
      c.ctx.use('rs');
      return { code: ts`rs.entry(${r.code}, ${argList(c)})`, type: named('Entry', value) };
    case 'get':
      return { code: ts`${r.code}.get(${a()})`, type: option(value) };
    case 'get_mut': {
      if (c.ctx.returnsRef() && isScalar(value)) {
        c.ctx.use('rs');
        return { code: ts`rs.getMut(${r.code}, ${a()})`, type: option(named('Ref', value)) };
      }
      const key = c.ctx.temp('key');
      c.ctx.hoist(ts`const ${key} = ${a()};`);
      const slot = { get: ts`${r.code}.get(${key})${typeOnly('!')}`, set: (v: Code) => ts`${r.code}.set(${key}, ${v})` };
      return { code: ts`${r.code}.get(${key})`, type: option(value), slot };
    }
    case 'contains_key':
      return { code: ts`${r.code}.has(${a()})`, type: BOOL };
    case 'remove': {
      const k = c.args()[0]!;
      const name = c.ctx.temp('removed');
      c.ctx.hoist(ts`const ${name} = ${r.code}.get(${k.code});`);
      c.ctx.hoist(ts`${r.code}.delete(${k.code});`);
      return { code: ts`${name}`, type: option(value) };
    }
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
  }
  return null;
}

function setMethods(c: Call): Typed | null {
  const r = c.receiver;
  switch (c.method) {
    case 'insert':
      return { code: ts`${r.code}.add(${argList(c)})`, type: UNIT };
    case 'contains':
      return { code: ts`${r.code}.has(${argList(c)})`, type: BOOL };
    case 'len':
      return { code: ts`${r.code}.size`, type: USIZE };
    case 'remove':
      return { code: ts`${r.code}.delete(${argList(c)})`, type: BOOL };
  }
  return null;
}

/** Channel, task, time and lock handles of the runtime: camelCase methods, awaited where Rust awaits. */
function runtimeMethods(c: Call): Typed | null {
  const r = c.receiver;
  if (r.type.kind !== 'named') return null;
  const name = r.type.name;
  const elem = r.type.args[0] ?? UNKNOWN;
  if (c.method === 'clone' || c.method === 'iter' || c.method === 'to_string') return null;
  if (name === 'std.Iter' && c.method === 'collect') {
    c.ctx.use('rs');
    c.ctx.awaits();
    return { code: ts`(await rs.collectAsync(${r.code}))`, type: vec(elem) };
  }
  const m = camelCase(c.method);
  const plain = (type: RustType): Typed => ({ code: ts`${r.code}.${m}(${argList(c)})`, type });
  const blocking = (type: RustType): Typed => {
    c.ctx.awaits();
    return { code: ts`(await ${r.code}.${m}(${argList(c)}))`, type };
  };
  switch (`${name}.${c.method}`) {
    case 'mpsc.Sender.send':
      return plain(named('Future', result(UNIT, named('SendError', elem))));
    case 'mpsc.UnboundedSender.send':
      return plain(result(UNIT, named('SendError', elem)));
    case 'mpsc.Sender.try_send':
      return plain(result(UNIT, named('TrySendError', elem)));
    case 'mpsc.Sender.reserve':
      return plain(named('Future', result(named('mpsc.Permit', elem), named('SendError', UNIT))));
    case 'mpsc.Receiver.recv':
    case 'mpsc.UnboundedReceiver.recv':
      return plain(named('Future', option(elem)));
    case 'mpsc.Receiver.try_recv':
    case 'mpsc.UnboundedReceiver.try_recv':
      return plain(result(elem, named('TryRecvError')));
    case 'std.Sender.send':
      return plain(result(UNIT, named('SendError', elem)));
    case 'std.SyncSender.send':
      return blocking(result(UNIT, named('SendError', elem)));
    case 'std.SyncSender.try_send':
      return plain(result(UNIT, named('TrySendError', elem)));
    case 'std.Receiver.recv':
      return blocking(result(elem, named('RecvError')));
    case 'std.Receiver.recv_timeout':
      return blocking(result(elem, named('RecvTimeoutError')));
    case 'std.Receiver.try_recv':
      return plain(result(elem, named('TryRecvError')));
    case 'oneshot.Sender.send':
      return plain(result(UNIT, elem));
    case 'oneshot.Receiver.try_recv':
      return plain(result(elem, named('TryRecvError')));
    case 'broadcast.Sender.send':
      return plain(result(USIZE, named('SendError', elem)));
    case 'broadcast.Sender.subscribe':
      return plain(named('broadcast.Receiver', elem));
    case 'broadcast.Receiver.recv':
      return plain(named('Future', result(elem, named('RecvError'))));
    case 'broadcast.Receiver.try_recv':
      return plain(result(elem, named('TryRecvError')));
    case 'watch.Sender.send':
      return plain(result(UNIT, named('SendError', elem)));
    case 'watch.Receiver.changed':
      return plain(named('Future', result(UNIT, named('RecvError'))));
    case 'watch.Receiver.borrow':
    case 'watch.Receiver.borrow_and_update':
    case 'watch.Sender.borrow':
      return plain(elem);
    case 'Mutex.lock':
      return plain(named('Future', named('MutexGuard', elem)));
    case 'Mutex.try_lock':
    case 'StdMutex.try_lock':
      return plain(result(named('MutexGuard', elem), named('TryLockError')));
    case 'StdMutex.lock':
      return blocking(result(named('MutexGuard', elem), named('PoisonError')));
    case 'thread.Scope.spawn':
      return { code: ts`${r.code}.spawn(${c.fn(0, [])})`, type: named('thread.JoinHandle', UNKNOWN) };
    case 'thread.JoinHandle.join':
      return blocking(result(elem, named('Box')));
    case 'JoinHandle.abort':
    case 'JoinHandle.is_finished':
      return plain(c.method === 'abort' ? UNIT : BOOL);
    case 'Interval.tick':
      return plain(named('Future', named('Instant')));
    case 'Instant.elapsed':
    case 'Instant.duration_since':
      return plain(named('Duration'));
    case 'Duration.as_millis':
    case 'Duration.as_secs':
    case 'Duration.as_micros':
    case 'Duration.as_nanos':
    case 'Duration.subsec_millis':
      return plain({ kind: 'int', name: 'u128' });
    case 'Duration.as_secs_f64':
      return plain(FLOAT);
    case 'mpsc.Permit.send':
      return plain(UNIT);
    case 'JoinError.into_panic':
      return plain(named('PanicPayload'));
    case 'PanicPayload.downcast_ref':
      return plain(option(STRING));
    case 'Entry.or_insert':
      return plain(elem);
    case 'Entry.or_insert_with':
      return { code: ts`${r.code}.orInsertWith(${c.fn(0, [])})`, type: elem };
    case 'Entry.or_default':
      return { code: ts`${r.code}.orInsert(${defaultValueText(elem)})`, type: elem };
    case 'Ordering.then':
      return { code: ts`(${r.code} || ${argList(c)})`, type: r.type };
    case 'Ordering.then_with':
      return { code: ts`(${r.code} || (${c.fn(0, [])})())`, type: r.type };
    case 'Ordering.reverse':
      return { code: ts`-${r.code}`, type: r.type };
  }
  if (name.includes('.') || ['Mutex', 'StdMutex', 'Duration', 'Instant', 'Interval', 'Sleep', 'JoinHandle', 'MutexGuard'].includes(name)) {
    if (['capacity', 'max_capacity', 'len', 'receiver_count'].includes(c.method)) return plain(USIZE);
    if (c.method.startsWith('is_') || c.method === 'has_changed' || c.method === 'same_channel') return plain(BOOL);
    return plain(UNKNOWN);
  }
  return null;
}

/** A receiver the translator lost track of: the usual channel methods still read right. */
function guessedMethods(c: Call): Typed | null {
  switch (c.method) {
    case 'push':
      c.ctx.pushed(c.receiverNode, c.args()[0]?.type ?? UNKNOWN);
      return { code: ts`${c.receiver.code}.push(${argList(c)})`, type: UNIT };
    case 'is_empty':
      return { code: ts`${c.receiver.code}.length === 0`, type: BOOL };
    case 'join':
      if (c.argNodes.length > 0) return null;
      c.ctx.awaits();
      return { code: ts`(await ${c.receiver.code}.join())`, type: result(UNKNOWN, UNKNOWN) };
  }
  return null;
}
