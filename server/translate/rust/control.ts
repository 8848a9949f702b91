// Where a block's, `if`'s or jump's value goes (a Sink: discarded, returned, assigned to a
// temporary), `if` and `if let`, labelled blocks, and return/break/continue (where there is a
// loop or block to leave).
//   let x = if a { 1 } else { 2 };  -> const x = a ? 1 : 2;
//   if let Some(v) = map.get(&k) { .. } else { .. }
//   -> const value1 = map.get(k); if (value1 !== undefined) { const v = value1; .. } else { .. }
//   let v = loop { break 7; };
//   -> let v: number; let result1: number; for (;;) { result1 = 7; break; } v = result1;
import { block, Code, join, ts, typeOnly } from '../emit/code.js';
import { field, kids, type Node } from '../syntax.js';
import { DISCARD, type BreakTarget, type RustContext, type Sink, type Typed } from './context.js';
import { isSimpleIf, labelOf, valuesOf } from './facts.js';
import { bindingDeclaration, subjectFor } from './locals.js';
import { completed, isNamed, isScalar, NEVER, UNIT, UNKNOWN } from './types.js';
import { safeName } from './names.js';
import { annotation, blockAsFuture, deliver, expressionStatement } from './values.js';

/** Statements that compute `node` and hand its value to `sink`. */
export function valueInto(cx: RustContext, node: Node, sink: Sink): Code[] {
  const statements = cx.visitors.valueKinds[node.type]?.(cx, node, sink);
  if (statements) return statements;
  const value = cx.expr(node);
  if (sink.kind === 'assign' && value.type.kind !== 'unknown' && value.type.kind !== 'never') {
    const before = cx.assignedTypes.get(sink.target);
    cx.assignedTypes.set(sink.target, before ? completed(before, value.type) : value.type);
  }
  if (
    sink.kind === 'return' &&
    cx.fn &&
    !cx.fn.returned &&
    value.type.kind !== 'unknown' &&
    value.type.kind !== 'never'
  )
    cx.fn.returned = value.type;
  if (sink.kind === 'discard' && value.code.isEmpty) return [];
  // `-> impl Iterator`: an array chain becomes the lazy iterator the function promises.
  if (sink.kind === 'return' && isNamed(cx.fn?.result ?? UNKNOWN, 'rs.Iter') && !isNamed(value.type, 'rs.Iter')) {
    cx.use('rs');
    return deliver(ts`rs.iter(${value.code})`, sink);
  }
  // `-> impl Future<Output = T>` of a function that is not async: its async block is the future it gives.
  const future = sink.kind === 'return' && !cx.fn?.explicitAsync ? blockAsFuture(cx, value, cx.fn?.result) : null;
  if (future) return deliver(future.code, sink);
  if (sink.kind === 'return' && value.type.kind === 'unit' && !fnReturnsValue(cx))
    return [expressionStatement(value.code), returnVoid()];
  return deliver(value.code, sink);
}

/** `{ .. }`, `unsafe { .. }` and a labelled block `'found: { .. }`, which `break 'found` leaves. */
export function blockInto(cx: RustContext, node: Node, sink: Sink): Code[] {
  const inner = node.type === 'unsafe_block' ? kids(node).find((k) => k.type === 'block')! : node;
  if (!labelOf(inner)) return [block(cx.blockStatements(inner, sink))];
  return breakable(
    cx,
    inner,
    true,
    sink,
    (target, jsLabel) =>
      ts`${jsLabel!}: ${block(cx.blockStatements(inner, target ? { kind: 'assign', target } : DISCARD))}`,
  );
}

/**
 * A loop or labelled block, which `break` inside it leaves: `body` gets the variable that
 * `break value` assigns (for a value that goes to `sink`) and the JavaScript label, if any
 * (numbered where an outer one has the same name: JavaScript does not allow that).
 */
export function breakable(
  cx: RustContext,
  node: Node,
  isBlock: boolean,
  sink: Sink,
  body: (valueTarget: string | null, jsLabel: string | null) => Code,
): Code[] {
  const label = labelOf(node);
  const targets = cx.fn?.loops ?? [];
  let jsLabel = label === null ? null : safeName(label);
  for (let n = 2; jsLabel && targets.some((t) => t.jsLabel === jsLabel); n++) jsLabel = `${safeName(label!)}${n}`;
  const takesValue = isBlock || node.type === 'loop_expression';
  const valueTarget = takesValue && sink.kind !== 'discard' ? cx.temp('result') : null;
  targets.push({ label, jsLabel, valueTarget, isBlock });
  try {
    const code = body(valueTarget, jsLabel);
    if (!valueTarget) return [code];
    const type = cx.assignedTypes.get(valueTarget);
    if (type && sink.kind === 'assign' && !cx.assignedTypes.has(sink.target)) cx.assignedTypes.set(sink.target, type);
    return [ts`let ${valueTarget}${annotation(type ?? UNKNOWN)};`, code, ...deliver(new Code([valueTarget]), sink)];
  } finally {
    targets.pop();
  }
}

/** The loop or labelled block a `break` or `continue` leaves; none where Rust would not compile it. */
function jumpTarget(cx: RustContext, node: Node): BreakTarget | null {
  const label = labelOf(node);
  const targets = cx.fn?.loops ?? [];
  const isContinue = node.type === 'continue_expression';
  for (let i = targets.length - 1; i >= 0; i--) {
    const t = targets[i]!;
    if (label === null ? !t.isBlock : t.label === label) return isContinue && t.isBlock ? null : t;
  }
  return null;
}

export function ifInto(cx: RustContext, node: Node, sink: Sink): Code[] {
  return [ifStatement(cx, node, sink)];
}

export function returnInto(cx: RustContext, node: Node): Code[] {
  const value = valuesOf(node)[0];
  return value ? valueInto(cx, value, { kind: 'return' }) : [returnVoid()];
}

export function continueInto(cx: RustContext, node: Node): Code[] {
  const target = jumpTarget(cx, node);
  if (!target) return [cx.unsupportedStatement(node, 'continue outside a loop')];
  return [ts`continue${labelOf(node) ? ` ${target.jsLabel}` : ''};`];
}

/** `()` going to `sink`: nothing to discard, `return;` from a function without a value. */
export function unitInto(cx: RustContext, sink: Sink): Code[] {
  if (sink.kind === 'discard') return [];
  if (sink.kind === 'return' && !fnReturnsValue(cx)) return [returnVoid()];
  return deliver(ts`null`, sink);
}

function fnReturnsValue(cx: RustContext): boolean {
  const r = cx.fn?.result;
  return r !== undefined && r.kind !== 'unit' && r.kind !== 'never';
}

function returnVoid(): Code {
  return ts`return;`;
}

export function breakInto(cx: RustContext, node: Node): Code[] {
  const target = jumpTarget(cx, node);
  if (!target) return [cx.unsupportedStatement(node, 'break outside a loop')];
  const value = valuesOf(node).find((k) => k.type !== 'label');
  const jump = ts`break${labelOf(node) ? ` ${target.jsLabel}` : ''};`;
  if (value && target.valueTarget)
    return [...valueInto(cx, value, { kind: 'assign', target: target.valueTarget }), jump];
  return [jump];
}

function ifStatement(cx: RustContext, node: Node, sink: Sink): Code {
  const condition = field(node, 'condition')!;
  const consequence = field(node, 'consequence')!;
  const alternative = field(node, 'alternative');
  const elseNode = alternative ? valuesOf(alternative)[0] : null;
  const elsePart = (): Code => {
    if (!elseNode) return new Code();
    if (elseNode.type === 'if_expression') {
      // An `else if` condition that borrows or locks does so only when the branches before it were not taken.
      const [pre, post]: [Code[], Code[]] = [[], []];
      const inner = cx.with({ pre, post }, () => ifStatement(cx, elseNode, sink));
      const ownScope = post.length > 0 || pre.some((c) => /\.drop\(\);/.test(c.toString()));
      if (ownScope) return ts` else ${block([...pre, inner, ...post])}`;
      cx.pre.push(...pre);
      return ts` else ${inner}`;
    }
    return ts` else ${block(cx.blockStatements(elseNode, sink))}`;
  };
  if (condition.type === 'let_condition' || condition.type === 'let_chain') {
    const { test, body } = cx.withScope(() => {
      const { test, bindings } = letConditions(cx, condition);
      return { test, body: [...bindings, ...cx.blockStatements(consequence, sink)] };
    });
    return ts`if (${test}) ${block(body)}${elsePart()}`;
  }
  const cond = scopedCondition(cx, condition);
  return ts`if (${cond}) ${block(cx.blockStatements(consequence, sink))}${elsePart()}`;
}

/**
 * An `if` condition, whose temporaries (a lock guard, a RefCell borrow) Rust drops before the
 * branch runs: `if cell.borrow().is_empty() { cell.borrow_mut().push(1) }` does not panic.
 */
export function scopedCondition(cx: RustContext, condition: Node): Code {
  const post: Code[] = [];
  const cond = cx.with({ post }, () => cx.expr(condition));
  if (post.length === 0) return cond.code;
  const name = cx.temp('condition');
  cx.hoist(ts`const ${name} = ${cond.code};`);
  for (const drop of post) cx.hoist(drop);
  return ts`${name}`;
}

/** `let PAT = value` conditions (and `&&` chains of them): the test, and the bindings' declarations. */
function letConditions(cx: RustContext, condition: Node): { test: Code; bindings: Code[] } {
  const parts = condition.type === 'let_chain' ? valuesOf(condition) : [condition];
  const tests: Code[] = [];
  const bindings: Code[] = [];
  for (const part of parts) {
    if (part.type !== 'let_condition') {
      tests.push(cx.expr(part).code);
      continue;
    }
    const value = cx.expr(field(part, 'value')!);
    const subject = subjectFor(cx, value);
    const test = cx.patternTest(field(part, 'pattern')!, subject.name, value.type);
    tests.push(test.condition);
    for (const b of test.bindings) {
      // `if let Some(x) = v.last_mut()`: x is the slot, so `*x += 1` writes into the Vec.
      if (value.slot && b.accessor === subject.name && isScalar(b.type)) cx.scope.place(b.name, b.type, value.slot);
      else bindings.push(bindingDeclaration(cx, b));
    }
  }
  return { test: join(tests, ' && '), bindings };
}

/** A block-like expression used as a value: computed by hoisted statements into a temporary. */
export function hoistValue(cx: RustContext, node: Node): Typed {
  const target = cx.temp('value');
  const typeAnnotation = new Code();
  cx.pre.push(ts`let ${target}${typeAnnotation};`, ...valueInto(cx, node, { kind: 'assign', target }));
  const type = cx.assignedTypes.get(target) ?? UNKNOWN;
  typeAnnotation.append(annotation(type));
  return { code: ts`${target}`, type };
}

/** `if` as a value: a conditional expression when each branch is one expression, else computed into a temporary. */
export function ifExpression(cx: RustContext, node: Node): Typed {
  if (!isSimpleIf(node)) return hoistValue(cx, node);
  const pre: Code[] = [];
  const post: Code[] = [];
  const value = cx.with({ pre, post }, () => conditional(cx, node));
  // A branch that needs statements (`return`, `?`) must run them only when it is taken.
  return pre.length || post.length ? hoistValue(cx, node) : value;
}

function conditional(cx: RustContext, node: Node): Typed {
  const cond = cx.expr(field(node, 'condition')!);
  const a = cx.expr(valuesOf(field(node, 'consequence')!)[0]!);
  const elseNode = valuesOf(field(node, 'alternative')!)[0]!;
  const b = elseNode.type === 'if_expression' ? conditional(cx, elseNode) : cx.expr(valuesOf(elseNode)[0]!);
  return { code: ts`${cond.code} ? ${a.code} : ${b.code}`, type: a.type.kind !== 'unknown' ? a.type : b.type };
}

/** return, break and continue in an expression: they run before the statement, which they leave (its rest is never reached). */
export function jumpExpression(cx: RustContext, node: Node): Typed {
  cx.pre.push(...valueInto(cx, node, DISCARD));
  return { code: ts`${typeOnly('(')}undefined${typeOnly(' as never)')}`, type: NEVER };
}

/** `while` and `for` in an expression: they run before the statement; their value is `()`. */
export function loopExpression(cx: RustContext, node: Node): Typed {
  cx.pre.push(...valueInto(cx, node, DISCARD));
  return { code: ts`null`, type: UNIT };
}
