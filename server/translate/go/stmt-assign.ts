// Assignments:
//   x = y (a struct)     -> x = y.clone()
//   m[k] = v             -> m.set(k, v)               m[k] += v -> m.set(k, (m.get(k) ?? 0) + v)
//   m[k]++               -> m.set(k, (m.get(k) ?? 0) + 1)
//   s[i] = v             -> s[i] = v                  (no bounds check on the left)
//   s = append(s, x)     -> s.push(x)
//   a, b = b, a          -> [a, b] = [b, a]           (multi-value.ts)
//   x /= y (ints)        -> x = intDiv(x, y)          x <<= n -> x = x * 2 ** n
// A target Go cannot assign to (a literal, a call, a string's byte), and a map element among
// several targets, make the statement a panic when reached: JavaScript would not parse it.
import { join, mapped, ts, type Code } from '../emit/code.js';
import { abbreviate, field, kids, operatorOf, point, type Node } from '../syntax.js';
import type { GoContext, Typed } from './context.js';
import { appendedItems } from './expr-call-builtin.js';
import { elementTarget } from './expr-index-slice.js';
import { isName, redeclared } from './expr-names-literals.js';
import { arith } from './expr-operators.js';
import { multiValue } from './multi-value.js';
import { evaluated } from './stmt-simple.js';
import { isInteger, resolve, UNKNOWN, zeroValue, type GoType } from './types.js';
import { copyIfStruct } from './values.js';

export function assignment(cx: GoContext, node: Node): Code {
  const left = kids(field(node, 'left'));
  const right = kids(field(node, 'right'));
  const op = operatorOf(node);
  if (left.length === 1 && right.length === 1) return assignOne(cx, node, left[0]!, op, right[0]!);
  const values = multiValue(cx, right, left.length);
  const pattern = assignmentPattern(cx, left);
  return pattern ? ts`[${pattern}] = ${values.code};` : notAssignable(cx, node);
}

function assignOne(cx: GoContext, node: Node, target: Node, op: string, valueNode: Node): Code {
  if (target.text === '_') return evaluated(cx.expr(valueNode).code);
  const value = cx.with({ nameHint: target.text }, () => cx.expr(valueNode));
  const entry = mapEntry(cx, target);
  if (entry) {
    if (op === '=') return ts`${entry.map}.set(${entry.key}, ${copyIfStruct(cx, value.code, value.type, valueNode)});`;
    const current = ts`(${entry.map}.get(${entry.key}) ?? ${zeroValue(entry.type, cx.decls)})`;
    return ts`${entry.map}.set(${entry.key}, ${arith(cx, current, op.slice(0, -1), value.code, entry.type)});`;
  }
  const t = assignmentTarget(cx, target);
  if (!t) return notAssignable(cx, node);
  const pushed = op === '=' ? appendInPlace(cx, target, valueNode) : null;
  if (pushed) return pushed;
  if (op === '=') return ts`${t.code} = ${copyIfStruct(cx, value.code, value.type, valueNode)};`;
  const bare = op.slice(0, -1);
  if ((bare === '/' && isInteger(t.type)) || ['&^', '<<', '>>'].includes(bare))
    return ts`${t.code} = ${arith(cx, t.code, bare, value.code, t.type)};`;
  return ts`${t.code} ${op} ${value.code};`;
}

/** `s = append(s, x...)` grows s itself: `s.push(x)`, not a copy per call. */
function appendInPlace(cx: GoContext, target: Node, valueNode: Node): Code | null {
  if (valueNode.type !== 'call_expression' || field(valueNode, 'function')?.text !== 'append') return null;
  const args = kids(field(valueNode, 'arguments'));
  if (args.length < 2 || args[0]!.text !== target.text || target.type !== 'identifier') return null;
  const slice = cx.expr(target);
  const t = resolve(slice.type, cx.decls);
  const elem = t.kind === 'slice' ? t.elem : UNKNOWN;
  return ts`${slice.code}.push(${join(appendedItems(cx, valueNode, args, elem), ', ')});`;
}

export function incDec(cx: GoContext, node: Node): Code {
  const target = kids(node)[0]!;
  const op = node.type === 'inc_statement' ? '+' : '-';
  const entry = mapEntry(cx, target);
  if (entry) return ts`${entry.map}.set(${entry.key}, (${entry.map}.get(${entry.key}) ?? 0) ${op} 1);`;
  const t = assignmentTarget(cx, target);
  return t ? ts`${t.code}${op}${op};` : notAssignable(cx, node);
}

function notAssignable(cx: GoContext, node: Node): Code {
  return cannotAssign(cx, node, node.type === 'assignment_statement' ? field(node, 'left')! : kids(node)[0]!);
}

/** The placeholder for a `statement` assigning to `target`: Go rejects most of these; a map element among several targets translates only alone so far. */
export function cannotAssign(cx: GoContext, statement: Node, target: Node): Code {
  return cx.unsupportedStatement(statement, `assignment to ${abbreviate(target.text)}`);
}

/** `m[k]` (or `(m[k])`) on the left where m is a map: the map, the key and the element type. */
function mapEntry(cx: GoContext, node: Node): { map: Code; key: Code; type: GoType } | null {
  let target = node;
  while (target.type === 'parenthesized_expression') target = kids(target)[0]!;
  if (target.type !== 'index_expression') return null;
  const m = cx.expr(field(target, 'operand')!);
  const mt = resolve(m.type, cx.decls);
  if (mt.kind !== 'map') return null;
  return { map: m.code, key: cx.expr(field(target, 'index')!).code, type: mt.value };
}

/** An expression being assigned to (slice elements stay plain `s[i]`), or null where JavaScript, as Go, cannot assign. */
export function assignmentTarget(cx: GoContext, node: Node): Typed | null {
  const marked = (t: Typed | null): Typed | null => t && { code: mapped(point(node), t.code), type: t.type };
  if (isName(node)) return node.type === 'identifier' || redeclared(cx, node) ? cx.expr(node) : null;
  switch (node.type) {
    case 'selector_expression': {
      const t = cx.expr(node);
      // A method value (`x.m.bind(x)`) ends in a call.
      return t.code.toString().endsWith(')') ? null : t;
    }
    case 'index_expression':
      return marked(elementTarget(cx, node));
    case 'parenthesized_expression': {
      const inner = assignmentTarget(cx, kids(node)[0]!);
      return marked(inner && { code: ts`(${inner.code})`, type: inner.type });
    }
    case 'unary_expression': {
      // `*p = v`: pointers are the objects themselves (expr-operators.ts).
      const inner = operatorOf(node) === '*' ? assignmentTarget(cx, field(node, 'operand')!) : null;
      const pointer = inner && resolve(inner.type, cx.decls);
      return marked(inner && { code: inner.code, type: pointer?.kind === 'pointer' ? pointer.elem : UNKNOWN });
    }
    default:
      return null;
  }
}

/** The names of `[a, , c] = ...` (`_` leaves a hole), or null if one cannot be assigned to. */
export function assignmentPattern(cx: GoContext, left: Node[]): Code | null {
  const targets = left.map((n) => (n.text === '_' ? { code: ts``, type: UNKNOWN } : assignmentTarget(cx, n)));
  return targets.every((t) => t !== null)
    ? join(
        targets.map((t) => t!.code),
        ', ',
      )
    : null;
}
