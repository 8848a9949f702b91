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
import { resolve } from './types.js';

export function ifStatement(cx: GoContext, node: Node): Code {
  return withInitializer(cx, field(node, 'initializer'), () => {
    const cond = cx.expr(field(node, 'condition')!).code;
    const consequence = cx.block(field(node, 'consequence'));
    const alt = field(node, 'alternative');
    if (!alt) return ts`if (${cond}) ${consequence}`;
    const altCode = alt.type === 'if_statement' ? ifStatement(cx, alt) : cx.block(alt);
    return ts`if (${cond}) ${consequence} else ${altCode}`;
  });
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
