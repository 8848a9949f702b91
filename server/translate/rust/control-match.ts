// `match` as an if-chain on the subject's tests; the last arm needs no test (Rust's match is
// exhaustive), and each arm drops what it owns at its end.
//   match rx.try_recv() { Ok(v) => println!("{v}"), Err(TryRecvError::Empty) => {}, Err(_) => break }
//   -> const value1 = rx.tryRecv();
//      if (value1.isOk()) { const v = value1.value; println("{v}", [], { v: v }); }
//      else if (value1.isErr() && value1.error.kind === 'Empty') {} else { break; }
import { block, Code, ts, typeOnly } from '../emit/code.js';
import { field, kids, type Node } from '../syntax.js';
import type { PatternBinding, RustContext, Sink, Typed } from './context.js';
import { bindingDeclaration, dropsOf, subjectFor } from './locals.js';
import { Scope } from './scope.js';
import { isScalar, tsType, type RustType } from './types.js';

export function matchStatement(cx: RustContext, node: Node, sink: Sink): Code[] {
  const value = cx.expr(field(node, 'value')!);
  const arms = kids(field(node, 'body')).filter((k) => k.type === 'match_arm');
  // A guard with a closure would read the pattern's parts inside it, where TypeScript forgets
  // narrowing: such a match binds each arm's parts first, then tests the guard (see below).
  const guardsWithClosures = arms.some((arm) =>
    /\|[^|]*\|/.test(field(field(arm, 'pattern')!, 'condition')?.text ?? ''),
  );
  const subject = subjectFor(cx, value);
  const label = guardsWithClosures ? cx.temp('match') : null;
  let chain: Code | null = null;
  let tail: Code | null = null;
  const clauses: Clause[] = [];
  // A Rust match is exhaustive: its last arm needs no test, so TypeScript sees every path.
  const lastIsElse = arms.length > 0 && !field(field(arms[arms.length - 1]!, 'pattern')!, 'condition');
  for (const arm of arms) {
    const isElse = lastIsElse && arm.id === arms[arms.length - 1]!.id;
    clauses.push(cx.withScope(() => armClause(cx, arm, value, subject.name, sink, label, isElse)));
  }
  if (label) {
    // `label: { if (pattern) { parts; if (guard) { body; break label; } } ... }`
    return [ts`${label}: ${block(clauses.map((c) => (c.test ? ts`if (${c.test}) ${block(c.body)}` : block(c.body))))}`];
  }
  const last = clauses[clauses.length - 1];
  if (last && lastIsElse && !clauses.some((c) => c.test === null)) last.test = null;
  for (let i = clauses.length - 1; i >= 0; i--) {
    const c = clauses[i]!;
    if (c.test === null) {
      tail = block(c.body);
      chain = null;
      continue;
    }
    const rest: Code | null = chain ?? tail;
    chain = rest ? ts`if (${c.test}) ${block(c.body)} else ${rest}` : ts`if (${c.test}) ${block(c.body)}`;
  }
  if (chain) return [chain];
  return tail ? (clauses.length === 1 ? clauses[0]!.body : [tail]) : [];
}

interface Clause {
  test: Code | null;
  body: Code[];
}

/** One arm: its test (null: none needed) and its body, with the pattern's parts bound first. */
function armClause(
  cx: RustContext,
  arm: Node,
  value: Typed,
  subject: string,
  sink: Sink,
  label: string | null,
  isElse: boolean,
): Clause {
  const patternNode = field(arm, 'pattern')!;
  const pattern = kids(patternNode)[0] ?? patternNode;
  const guard = field(patternNode, 'condition');
  const test = cx.patternTest(pattern, subject, value.type);
  let condition: Code | null = test.condition.toString() === 'true' ? null : test.condition;
  if (label) return { test: condition, body: guardedArm(cx, arm, test.bindings, guard, sink, label) };
  if (guard) {
    const guardScope = new Scope(cx.scope);
    for (const b of test.bindings) guardScope.alias(b.name, b.accessor, b.type);
    const g = cx.with({ scope: guardScope }, () => cx.expr(guard).code);
    condition = condition ? ts`${condition} && ${g}` : g;
  }
  const bindings = test.bindings.flatMap((b) => {
    if (value.slot && b.accessor === subject && isScalar(b.type)) {
      cx.scope.place(b.name, b.type, value.slot);
      return [];
    }
    return [bindingDeclaration(cx, b, isElse ? unnarrowed(cx, b.accessor, subject, value.type, pattern) : b.accessor)];
  });
  return { test: condition, body: [...bindings, ...armBody(cx, field(arm, 'value')!, sink, arm)] };
}

/** An arm of a labelled match: its parts bound as consts, then its guard, its body, and a break out of the match. */
function guardedArm(
  cx: RustContext,
  arm: Node,
  bindings: PatternBinding[],
  guard: Node | null,
  sink: Sink,
  label: string,
): Code[] {
  const declared = bindings.map((b) => bindingDeclaration(cx, b));
  const body = [...armBody(cx, field(arm, 'value')!, sink, arm), ts`break ${label};`];
  return [...declared, ...(guard ? [ts`if (${cx.expr(guard).code}) ${block(body)}`] : body)];
}

function armBody(cx: RustContext, value: Node, sink: Sink, arm: Node): Code[] {
  const body =
    value.type === 'block' ? cx.blockStatements(value, sink) : cx.inStatement(value, () => cx.valueInto(value, sink));
  return [...body, ...dropsOf(cx, cx.ownership.dropsAtEnd(arm))];
}

/**
 * A binding's accessor in a match's last arm, which runs as a bare `else`: TypeScript no longer
 * knows which variant the subject is, so Err's and Ok's parts are read through their methods
 * and an Option's value is asserted present.
 */
function unnarrowed(cx: RustContext, accessor: string, subject: string, type: RustType, pattern: Node): Code {
  if (type.kind === 'result' && accessor.startsWith(`${subject}.error`)) {
    const rest = accessor.slice(subject.length + 6);
    const variant = rest ? errorVariant(cx, pattern, type.err) : null;
    return variant
      ? ts`(${subject}.unwrapErr()${typeOnly(` as Extract<${variant.enumType}, { kind: '${variant.name}' }>`)})${rest}`
      : new Code([`${subject}.unwrapErr()${rest}`]);
  }
  if (type.kind === 'result' && accessor.startsWith(`${subject}.value`))
    return new Code([`${subject}.unwrap()${accessor.slice(subject.length + 6)}`]);
  if (type.kind === 'option' && accessor === subject) return ts`${subject}${typeOnly('!')}`;
  return new Code([accessor]);
}

/** `Err(StepError::Rejected(by))`: the enum variant the error is, which the arm's parts are read from. */
function errorVariant(cx: RustContext, pattern: Node, err: RustType): { enumType: string; name: string } | null {
  if (err.kind !== 'named' || !cx.items.enums.has(err.name)) return null;
  const inner = pattern.type === 'tuple_struct_pattern' ? kids(pattern).filter((k) => k.isNamed)[1] : null;
  const path = inner && /^(tuple_struct|struct)_pattern$/.test(inner.type) ? field(inner, 'type')?.text : undefined;
  const enumType = tsType(err);
  const name = path?.split('::').pop();
  return enumType && name ? { enumType, name } : null;
}
