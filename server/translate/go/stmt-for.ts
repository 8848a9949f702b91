// for loops and range:
//   for i := 0; i < n; i++ { }  -> for (let i = 0; i < n; i++) { }
//   for cond { }                -> while (cond) { }          for { } -> for (;;) { }
//   for v := range ch { }       -> for await (const v of ch) { }   (ends when ch is closed and drained)
//   for i := range 10 { }       -> for (let i = 0; i < 10; i++) { }
//   for i, v := range s { }     -> for (const [i, v] of s.entries()) { }
//   for k, v := range m { }     -> for (const [k, v] of m) { }
//   for i, r := range str { }   -> for (const [i, r] of runes(str)) { }
import { join, ts, type Code, type Fragment } from '../emit/code.js';
import { field, kids, type Node } from '../syntax.js';
import type { GoContext } from './context.js';
import { safeName } from './names.js';
import { assignmentTarget } from './stmt-assign.js';
import { INT, isChan, isInteger, isString, resolve, RUNE, UNKNOWN, type GoType } from './types.js';

export function forStatement(cx: GoContext, node: Node): Code {
  return cx.withScope(() => {
    const body = field(node, 'body');
    const header = kids(node).find((n) => n.id !== body?.id);
    if (!header) return ts`for (;;) ${loopBody(cx, body)}`;
    if (header.type === 'for_clause') {
      const init = field(header, 'initializer');
      const initCode = init ? letInit(join(cx.statement(init), ' ').withoutSemicolon()) : '';
      const cond = field(header, 'condition');
      const update = field(header, 'update');
      const updateCode = update ? join(cx.statement(update), ' ').withoutSemicolon() : '';
      return ts`for (${initCode}; ${cond ? cx.expr(cond).code : ''}; ${updateCode}) ${loopBody(cx, body)}`;
    }
    if (header.type === 'range_clause') return rangeLoop(cx, node, header, body);
    return ts`while (${cx.expr(header).code}) ${loopBody(cx, body)}`;
  });
}

/** The loop's block, where an unlabelled `break` is JavaScript's own. */
function loopBody(cx: GoContext, body: Node | null): Code {
  return cx.with({ breakTarget: null, canBreak: true, canContinue: true }, () => cx.block(body));
}

function rangeLoop(cx: GoContext, node: Node, clause: Node, body: Node | null): Code {
  const leftNodes = kids(field(clause, 'left'));
  const rightNode = field(clause, 'right')!;
  const right = cx.expr(rightNode);
  const t = resolve(right.type, cx.decls);
  const isDefine = clause.children.some((c) => c?.type === ':=');
  const assigned = isDefine ? [] : leftNodes.map((n) => rangeTarget(cx, n));
  if (assigned.includes(null)) return cx.unsupportedStatement(node, 'range assigning to what Go cannot assign to');
  const bind = (i: number, type: GoType): Fragment => {
    const name = leftNodes[i]?.text;
    if (!name || name === '_') return '';
    return isDefine ? cx.scope.declare(name, type).tsName : assigned[i]!;
  };
  // `for k, v = range` assigns outer variables; into elements (`x[i]`), JavaScript assigns them too.
  const decl = isDefine || leftNodes.every((n) => n.type === 'identifier') ? 'const ' : '';
  const counter = decl ? 'let ' : '';
  if (isChan(t)) {
    const v = bind(0, t.elem) || '_';
    return ts`for await (${decl}${v} of ${right.code}) ${cx.awaitMark()}${loopBody(cx, body)}`;
  }
  if (isInteger(t)) {
    const i = bind(0, INT) || 'i';
    return ts`for (${counter}${i} = 0; ${i} < ${right.code}; ${i}++) ${loopBody(cx, body)}`;
  }
  if (t.kind === 'map') {
    const k = bind(0, t.key);
    const v = bind(1, t.value);
    const source = right.maybeNil ? ts`${right.code} ?? []` : right.code;
    return ts`for (${decl}[${k}${v ? ts`, ${v}` : ''}] of ${source}) ${loopBody(cx, body)}`;
  }
  if (isString(t)) {
    cx.use('runes');
    const i = bind(0, INT);
    const r = bind(1, RUNE);
    return ts`for (${decl}[${i}${r ? ts`, ${r}` : ''}] of runes(${right.code})) ${loopBody(cx, body)}`;
  }
  const elem = t.kind === 'slice' || t.kind === 'array' ? t.elem : UNKNOWN;
  const i = bind(0, INT);
  const v = bind(1, elem);
  const indexBinding = isDefine && leftNodes[0] ? cx.scope.lookup(leftNodes[0].text) : null;
  if (indexBinding && rightNode.type === 'identifier') indexBinding.indexOf = rightNode.text;
  if (!v) {
    const index = i || '_i';
    return ts`for (${counter}${index} = 0; ${index} < ${right.code}.length; ${index}++) ${loopBody(cx, body)}`;
  }
  if (!i) return ts`for (${decl}${v} of ${right.code}) ${loopBody(cx, body)}`;
  return ts`for (${decl}[${i}, ${v}] of ${right.code}.entries()) ${loopBody(cx, body)}`;
}

/** What `for k, v = range` assigns: an outer variable by its name, or an element; null if Go cannot assign to it. */
function rangeTarget(cx: GoContext, node: Node): Fragment | null {
  if (node.text === '_') return '';
  if (node.type === 'identifier') return cx.scope.lookup(node.text)?.tsName ?? safeName(node.text);
  return assignmentTarget(cx, node)?.code ?? null;
}

/** A for-clause initializer declares with `let` (the loop variable changes). */
function letInit(code: Code): Code {
  return code.editText(0, (t) => (t.startsWith('const ') ? `let ${t.slice(6)}` : t));
}
