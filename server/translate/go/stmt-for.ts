// for loops and range:
//   for i := 0; i < n; i++ { }  -> for (let i = 0; i < n; i++) { }
//   for cond { }                -> while (cond) { }          for { } -> for (;;) { }
//   for v := range ch { }       -> for await (const v of ch) { }   (ends when ch is closed and drained)
//   for i := range 10 { }       -> for (let i = 0; i < 10; i++) { }
//   for i, v := range s { }     -> for (const [i, v] of s.entries()) { }
//   for k, v := range m { }     -> for (const [k, v] of m) { }
//   for i, r := range str { }   -> for (const [i, r] of runes(str)) { }
//   for i, x[i] = range s { }   -> a panic when reached     (Go evaluates x[i] before it assigns i:
//                                                            JavaScript's destructuring does not)
//   for ...; ...; x := 1 { }    -> a panic when reached     (Go rejects a declaration there)
import { join, ts, type Code } from '../emit/code.js';
import { abbreviate, field, kids, type Node } from '../syntax.js';
import type { GoContext } from './context.js';
import { isName } from './expr-names-literals.js';
import { memberBase } from './expr-selector.js';
import { safeName } from './names.js';
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
      if (update?.type === 'short_var_declaration')
        return cx.unsupportedStatement(update, "a declaration in a for statement's post statement");
      const updateCode = update ? join(cx.statement(update), ' ').withoutSemicolon() : '';
      return ts`for (${initCode}; ${cond ? cx.expr(cond).code : ''}; ${updateCode}) ${loopBody(cx, body)}`;
    }
    if (header.type === 'range_clause') return rangeLoop(cx, header, body);
    return ts`while (${cx.expr(header).code}) ${loopBody(cx, body)}`;
  });
}

/** The loop's block, where an unlabelled `break` is JavaScript's own. */
function loopBody(cx: GoContext, body: Node | null): Code {
  return cx.with({ breakTarget: null, canBreak: true, canContinue: true }, () => cx.block(body));
}

function rangeLoop(cx: GoContext, clause: Node, body: Node | null): Code {
  const leftNodes = kids(field(clause, 'left'));
  const rightNode = field(clause, 'right')!;
  const isDefine = clause.children.some((c) => c?.type === ':=');
  const element = leftNodes.find((n) => !isName(n));
  if (element) return cx.unsupportedStatement(element, `range assigning to ${abbreviate(element.text)}`);
  const right = cx.expr(rightNode);
  const t = resolve(right.type, cx.decls);
  const names = leftNodes.map((n) => n.text);
  const bind = (i: number, type: GoType): string => {
    const name = names[i];
    if (!name || name === '_') return '';
    if (!isDefine) return cx.scope.lookup(name)?.tsName ?? safeName(name);
    return cx.scope.declare(name, type).tsName;
  };
  const decl = isDefine ? 'const ' : '';
  if (isChan(t)) {
    const v = bind(0, t.elem) || '_';
    return ts`for await (${decl || 'const '}${v} of ${right.code}) ${cx.awaitMark()}${loopBody(cx, body)}`;
  }
  if (isInteger(t)) {
    const i = bind(0, INT) || 'i';
    return ts`for (let ${i} = 0; ${i} < ${right.code}; ${i}++) ${loopBody(cx, body)}`;
  }
  if (t.kind === 'map') {
    const k = bind(0, t.key);
    const v = bind(1, t.value);
    const source = right.maybeNil ? ts`${right.code} ?? []` : right.code;
    return ts`for (${decl || 'const '}[${k}${v ? `, ${v}` : ''}] of ${source}) ${loopBody(cx, body)}`;
  }
  if (isString(t)) {
    cx.use('runes');
    const i = bind(0, INT);
    const r = bind(1, RUNE);
    return ts`for (${decl || 'const '}[${i}${r ? `, ${r}` : ''}] of runes(${right.code})) ${loopBody(cx, body)}`;
  }
  const elem = t.kind === 'slice' || t.kind === 'array' ? t.elem : UNKNOWN;
  const i = bind(0, INT);
  const v = bind(1, elem);
  const indexBinding = isDefine && names[0] ? cx.scope.lookup(names[0]) : null;
  if (indexBinding && rightNode.type === 'identifier') indexBinding.indexOf = rightNode.text;
  if (!v) {
    const index = i || '_i';
    return ts`for (let ${index} = 0; ${index} < ${memberBase(rightNode, right).code}.length; ${index}++) ${loopBody(cx, body)}`;
  }
  if (!i) return ts`for (${decl || 'const '}${v} of ${right.code}) ${loopBody(cx, body)}`;
  return ts`for (${decl || 'const '}[${i}, ${v}] of ${memberBase(rightNode, right).code}.entries()) ${loopBody(cx, body)}`;
}

/** A for-clause initializer declares with `let` (the loop variable changes). */
function letInit(code: Code): Code {
  return code.editText(0, (t) => (t.startsWith('const ') ? `let ${t.slice(6)}` : t));
}
