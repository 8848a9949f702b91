// loop, while, while let and for; `while let Some(v) = rx.recv().await` is the usual receive
// loop, a `for` over a std receiver iterates asynchronously.
//   while let Some(v) = rx.recv().await { .. }
//   -> for (let v = await rx.recv(); v !== undefined; v = await rx.recv()) { .. }
//   for i in 0..n { .. }       -> for (let i = 0; i < n; i++) { .. }
//   for msg in rx { .. }        (std::sync::mpsc)  -> for await (const msg of rx.iter()) { .. }
import { block, Code, ts } from '../emit/code.js';
import { field, type Node } from '../syntax.js';
import { valuesOf, writesThrough } from './facts.js';
import { DISCARD, type RustContext, type Sink, type Typed } from './context.js';
import { breakable, scopedCondition } from './control.js';
import { lazyItem, lazySource } from './methods/iters.js';
import { bindPattern, bindingDeclaration, declareBinding, refPlace } from './locals.js';
import { tuple, UNKNOWN, vec, type RustType } from './types.js';
import { grouped, isRef } from './values.js';

export function loopStatement(cx: RustContext, node: Node, sink: Sink): Code[] {
  // What a `for` iterates is computed before the loop: a jump in it leaves an outer loop.
  const source = node.type === 'for_expression' ? forSource(cx, node) : null;
  return breakable(cx, node, false, sink, (_, jsLabel) => {
    const labelText = jsLabel ? `${jsLabel}: ` : '';
    if (node.type === 'loop_expression')
      return ts`${labelText}for (;;) ${block(cx.blockStatements(field(node, 'body')!, DISCARD))}`;
    if (node.type === 'while_expression') return whileLoop(cx, node, labelText);
    return forLoop(cx, node, labelText, source!);
  });
}

function whileLoop(cx: RustContext, node: Node, labelText: string): Code {
  const condition = field(node, 'condition')!;
  const body = field(node, 'body')!;
  if (condition.type === 'let_condition') {
    const pattern = field(condition, 'pattern')!;
    const valueNode = field(condition, 'value')!;
    const received = recvLoop(cx, pattern, valueNode, body, labelText);
    if (received) return received;
    return cx.withScope(() => {
      const statements: Code[] = [];
      const value = cx.with({ pre: statements }, () => cx.expr(valueNode));
      const subject = cx.temp('next');
      statements.push(ts`const ${subject} = ${value.code};`);
      const test = cx.patternTest(pattern, subject, value.type);
      statements.push(ts`if (!(${test.condition})) break;`);
      for (const b of test.bindings) statements.push(bindingDeclaration(cx, b));
      statements.push(...cx.blockStatements(body, DISCARD));
      return ts`${labelText}for (;;) ${block(statements)}`;
    });
  }
  const hoisted: Code[] = [];
  // Temporaries of the condition (a lock guard, a RefCell borrow) are dropped before the body runs.
  const cond = cx.with({ pre: hoisted }, () => scopedCondition(cx, condition));
  if (hoisted.length)
    return ts`${labelText}for (;;) ${block([...hoisted, ts`if (!${grouped(cond)}) break;`, ...cx.blockStatements(body, DISCARD)])}`;
  return ts`${labelText}while (${cond}) ${block(cx.blockStatements(body, DISCARD))}`;
}

/** `while let Some(x) = rx.recv().await` as `for (let x = await rx.recv(); x !== undefined; x = await rx.recv())`. */
function recvLoop(cx: RustContext, pattern: Node, valueNode: Node, body: Node, labelText: string): Code | null {
  if (pattern.type !== 'tuple_struct_pattern' || field(pattern, 'type')?.text !== 'Some') return null;
  const typeId = field(pattern, 'type')?.id;
  const inner = valuesOf(pattern).filter((k) => k.id !== typeId);
  if (inner.length !== 1 || inner[0]!.type !== 'identifier') return null;
  const hoisted: Code[] = [];
  const value = cx.with({ pre: hoisted }, () => cx.expr(valueNode));
  if (hoisted.length || value.type.kind !== 'option') return null;
  const elem = value.type.elem;
  return cx.withScope(() => {
    const name = declareBinding(cx, { name: inner[0]!.text, node: inner[0]!, accessor: '', type: elem }).tsName;
    const loopBody = cx.blockStatements(body, DISCARD);
    return ts`${labelText}for (let ${name} = ${value.code}; ${name} !== undefined; ${name} = ${cx.expr(valueNode).code}) ${block(loopBody)}`;
  });
}

type Range = NonNullable<ReturnType<RustContext['range']>>;

/** A counting range (`for i in 0..n`), or what else a `for` iterates. */
type ForSource = { range: Range } | { iterated: Typed & { isAsync: boolean } };

function forSource(cx: RustContext, node: Node): ForSource {
  const valueNode = field(node, 'value')!;
  const range = cx.range(valueNode);
  return range && field(node, 'pattern')!.type === 'identifier' ? { range } : { iterated: iterable(cx, valueNode) };
}

function forLoop(cx: RustContext, node: Node, labelText: string, source: ForSource): Code {
  const pattern = field(node, 'pattern')!;
  const body = field(node, 'body')!;
  return cx.withScope(() => {
    if ('range' in source) {
      const range = source.range;
      const name = bindPattern(cx, pattern, range.type);
      const op = range.inclusive ? '<=' : '<';
      return ts`${labelText}for (let ${name} = ${range.start}; ${name} ${op} ${range.end}; ${name}++) ${block(cx.blockStatements(body, DISCARD))}`;
    }
    const iterated = source.iterated;
    const elem = iterated.type.kind === 'vec' ? iterated.type.elem : UNKNOWN;
    const throughEntry = tupleWrittenThrough(cx, pattern, elem);
    const name = throughEntry
      ? throughEntry
      : pattern.text === '_' ||
          pattern.type === 'tuple_pattern' ||
          pattern.type === 'identifier' ||
          pattern.type === 'mut_pattern' ||
          pattern.type === 'reference_pattern'
        ? bindPattern(cx, pattern, elem)
        : null;
    if (name === null) return cx.unsupportedStatement(pattern, `for loop over a ${pattern.type.replace(/_/g, ' ')}`);
    // `for slot in counts.iter_mut()` over numbers: `*slot = ..` writes through the Ref.
    for (const id of pattern.descendantsOfType('identifier')) refPlace(cx, id.text);
    const isAwait = iterated.isAsync ? 'await ' : '';
    if (iterated.isAsync) cx.awaits();
    const declare = pattern.type === 'mut_pattern' ? 'let' : 'const';
    return ts`${labelText}for ${isAwait}(${declare} ${name} of ${iterated.code}) ${block(cx.blockStatements(body, DISCARD))}`;
  });
}

/**
 * `for (a, b) in pairs.iter_mut() { *a += *b; }`: the parts of each entry written through are
 * its places (`entry[0]`), so the loop binds the entry whole. Null when no part is written.
 */
function tupleWrittenThrough(cx: RustContext, pattern: Node, elem: RustType): string | null {
  if (pattern.type !== 'tuple_pattern' || elem.kind !== 'tuple') return null;
  const parts = valuesOf(pattern);
  // A part that is a Ref (`iter_mut()` over numbers, zipped) writes through it already.
  const written = (p: Node, i: number) =>
    p.type === 'identifier' && !isRef(elem.items[i]) && writesThrough(p.text, p, elem.items[i]?.kind === 'string');
  if (!parts.some(written)) return null;
  const entry = cx.temp('entry');
  parts.forEach((p, i) => {
    if (p.type !== 'identifier') return;
    const part = `${entry}[${i}]`;
    const local = declareBinding(cx, { name: p.text, node: p, accessor: part, type: elem.items[i] ?? UNKNOWN });
    local.place = { get: ts`${part}`, set: (v: Code) => ts`${part} = ${v}` };
  });
  return entry;
}

/** What a `for` iterates: arrays, maps, strings' chars, a std receiver (asynchronously). */
function iterable(cx: RustContext, node: Node): Typed & { isAsync: boolean } {
  const value = cx.expr(node);
  if (value.type.kind === 'named' && value.type.name === 'std.Receiver')
    return { code: ts`${value.code}.iter()`, type: vec(value.type.args[0] ?? UNKNOWN), isAsync: true };
  if (value.type.kind === 'named' && value.type.name === 'std.Iter')
    return { code: value.code, type: vec(value.type.args[0] ?? UNKNOWN), isAsync: true };
  const item = lazyItem(cx, value.type);
  if (item) {
    return { code: lazySource(cx, value), type: vec(item), isAsync: false };
  }
  if (value.type.kind === 'map')
    return { code: value.code, type: vec(tuple([value.type.key, value.type.value])), isAsync: false };
  return { ...value, isAsync: false };
}
