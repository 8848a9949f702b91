// if and switch:
//   if x := f(); x > 0 { ... } else { ... }  -> { const x = f(); if (x > 0) { ... } else { ... } }
//   switch v { case 1, 2: ...; default: ... } -> switch (v) { case 1: case 2: { ...; break; } default: { ... } }
//   switch { case x > 0: ... }                -> switch (true) { case x > 0: { ...; break; } }
//   fallthrough                               -> the case ends without `break;`
//   a second default (Go rejects it)          -> a panic when reached
import { block, join, ts, type Code } from '../emit/code.js';
import { field, kids, statementsOf, type Node } from '../syntax.js';
import { caseBody, hasSeveralDefaults } from './case-body.js';
import { isBig } from './big-integers.js';
import type { GoContext } from './context.js';
import { narrowHere, nilTests, terminates, withNarrowed } from './narrowing.js';
import { resolve } from './types.js';

export function ifStatement(cx: GoContext, node: Node): Code {
  const code = withInitializer(cx, field(node, 'initializer'), () => {
    const condNode = field(node, 'condition')!;
    const cond = cx.expr(condNode).code;
    // `if p != nil { p.x }`: the branches know what the condition tested (narrowing.ts).
    const tests = nilTests(cx, condNode);
    const consequenceNode = field(node, 'consequence');
    const consequence = withNarrowed(cx, tests.whenTrue, [consequenceNode], () => cx.block(consequenceNode));
    const alt = field(node, 'alternative');
    if (!alt) return ts`if (${cond}) ${consequence}`;
    const altCode = withNarrowed(cx, tests.whenFalse, [alt], () =>
      alt.type === 'if_statement' ? ifStatement(cx, alt) : cx.block(alt),
    );
    return ts`if (${cond}) ${consequence} else ${altCode}`;
  });
  // `if p == nil { return }`: the rest of the block knows p.
  if (!field(node, 'initializer') && !field(node, 'alternative') && terminates(field(node, 'consequence')))
    narrowHere(cx, nilTests(cx, field(node, 'condition')).whenFalse, laterSiblings(node));
  return code;
}

/** The statements after `node` in its block. */
function laterSiblings(node: Node): Node[] {
  const siblings = kids(node.parent);
  return siblings.slice(siblings.findIndex((s) => s.id === node.id) + 1);
}

export function switchStatement(cx: GoContext, node: Node): Code {
  return withInitializer(cx, field(node, 'initializer'), () => {
    const valueNode = field(node, 'value');
    const value = valueNode ? cx.expr(valueNode) : null;
    const subject = value ? value.code : ts`true`;
    // A case's constant takes the subject's type (a bigint for a uint: big-integers.ts; boxed for an interface: boxes.ts).
    const converts = value && (isBig(cx, value.type) || resolve(value.type, cx.decls).kind === 'interface');
    const caseValue = (v: Node) => (converts ? cx.value(v, value!.type) : cx.expr(v).code);
    const cases: Code[] = [];
    const clauses = kids(node).filter((n) => n.type === 'expression_case' || n.type === 'default_case');
    if (hasSeveralDefaults(clauses)) return cx.unsupportedStatement(node, 'a switch with several default cases');
    for (const clause of clauses) {
      const labels =
        clause.type === 'default_case'
          ? [ts`default:`]
          : kids(field(clause, 'value')).map((v) => ts`case ${caseValue(v)}:`);
      const stmts = statementsOf(clause);
      const falls = stmts.some((s) => s.type === 'fallthrough_statement');
      cases.push(ts`${join(labels, ' ')} ${block(caseBody(cx, stmts, undefined, falls))}`);
    }
    return ts`switch (${subject}) ${block(cases)}`;
  });
}

/** `if init; cond` and `switch init; v`: the initializer's names live in a block around the statement. */
function withInitializer(cx: GoContext, init: Node | null, build: () => Code): Code {
  if (!init) return build();
  return cx.withScope(() => block([...cx.statement(init), build()]));
}
