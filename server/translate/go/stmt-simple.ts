// Statements that translate one to one:
//   f(x)            -> await f(x);
//   { ... }         -> { ... }              (a scope of its own)
//   L: for { ... }  -> L: for (;;) { ... }  (L: select { ... } -> L: { const sel = ...; switch ... })
//   break, continue -> break; continue;     (in a type switch, break leaves it by its label)
//   fallthrough, ;  -> nothing              (switch cases without `break;` fall through: stmt-if-switch.ts)
// A jump that Go rejects (break outside a loop, switch or select; continue outside a loop; a
// label that is not an enclosing one's) becomes a panic when reached, as JavaScript rejects it too.
import { block, ts, type Code } from '../emit/code.js';
import { field, kids, type Node } from '../syntax.js';
import type { GoContext } from './context.js';
import { labelName } from './names.js';

export function expressionStatement(cx: GoContext, node: Node): Code {
  return evaluated(cx.expr(kids(node)[0]!).code);
}

/** An expression evaluated for its effects (also `_ = v`); one starting with `{` (an anonymous struct's value) would be a block. */
export function evaluated(code: Code): Code {
  return code.toString().startsWith('{') ? ts`(${code});` : ts`${code};`;
}

export function blockStatement(cx: GoContext, node: Node): Code {
  return cx.block(node);
}

/** Statements a label can name as the target of `break L` or `continue L` (true: a loop). */
const LABEL_TARGETS = new Map([
  ['for_statement', true],
  ['expression_switch_statement', false],
  ['type_switch_statement', false],
  ['select_statement', false],
]);

/**
 * `L: stmt`; a select, of two statements, goes in a block under the label. JavaScript takes no
 * label on a declaration, on nothing (`L:` before `}`) or inside a statement of the same label
 * (which Go rejects too): there the label goes, as only `goto`, which panics, could use it.
 */
export function labeledStatement(cx: GoContext, node: Node): Code[] {
  const labelNode = field(node, 'label') ?? kids(node)[0]!;
  const inner = kids(node).filter((n) => n.id !== labelNode.id);
  const nested = cx.labels.has(labelNode.text);
  const labels = nested
    ? cx.labels
    : new Map(cx.labels).set(labelNode.text, LABEL_TARGETS.get(inner[0]?.type ?? '') ?? null);
  const body = cx.with({ labels }, () => cx.statements(inner));
  if (nested || body.length === 0 || inner.some((n) => n.type.endsWith('_declaration'))) return body;
  return [ts`${labelName(labelNode.text)}: ${body.length === 1 ? body[0]! : block(body)}`];
}

/** `break` or `continue`, with its label; outside functions (a snippet's statements) breaks stay JavaScript's. */
export function jumpStatement(cx: GoContext, node: Node): Code {
  const isBreak = node.type === 'break_statement';
  const word = isBreak ? 'break' : 'continue';
  const targets = isBreak ? 'loop, switch or select' : 'loop';
  const label = kids(node)[0];
  if (label) {
    const isLoop = cx.labels.get(label.text);
    if (isLoop === undefined || isLoop === null || (!isBreak && !isLoop))
      return cx.unsupportedStatement(node, `${word} ${label.text}: no enclosing ${targets} has this label`);
    return ts`${word} ${labelName(label.text)};`;
  }
  if (!(isBreak ? cx.canBreak : cx.canContinue)) return cx.unsupportedStatement(node, `${word} outside a ${targets}`);
  const implicit = isBreak && cx.fn ? cx.breakTarget : null;
  return ts`${word}${implicit ? ` ${implicit}` : ''};`;
}
