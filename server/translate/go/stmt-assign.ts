// Assignments:
//   x = y (a struct)     -> x = y.clone()
//   m[k] = v             -> m.set(k, v)               m[k] += v -> m.set(k, (m.get(k) ?? 0) + v)
//   m[k]++               -> m.set(k, (m.get(k) ?? 0) + 1)
//   t.m[k] = v           -> mapSet(t.m, k, v)         (a map that may be nil: Go panics on the write)
//   s[i] = v             -> s[i] = v                  (no bounds check on the left)
//   s = append(s, x)     -> s.push(x)                 (a []byte: b = appendBytes(b, x); *p = append(*p, x) too)
//   a, b = b, a          -> [a, b] = [b, a]           (multi-value.ts)
//   x /= y (ints)        -> x = intDiv(x, y)          x <<= n -> x = x * 2 ** n
//   b += 10, b++ (uint8) -> b = b + 10 & 0xff         (sized integers wrap, as in expr-operators.ts)
// A target Go cannot assign to (a literal, a call, a string's byte), and a map element among
// several targets, make the statement a panic when reached: JavaScript would not parse it.
import { join, mapped, ts, type Code } from '../emit/code.js';
import { abbreviate, field, kids, operatorOf, point, type Node } from '../syntax.js';
import { literalKey, type GoContext, type Typed } from './context.js';
import { appendedItems } from './expr-call-builtin.js';
import { elementTarget, typeInstantiationTarget } from './expr-index-slice.js';
import { isName, redeclared } from './expr-names-literals.js';
import { memberBase } from './expr-selector.js';
import { arith, sizedInteger, wrapInteger } from './expr-operators.js';
import { appendedElement } from './element-layout.js';
import { asBig, isBig, isConstantForBig, isNumberOrBig, represented, wrap64 } from './big-integers.js';
import { multiValue } from './multi-value.js';
import { evaluated } from './stmt-simple.js';
import {
  elementSlotOf,
  isByte,
  isComplex,
  isInteger,
  pointsToVariable,
  resolve,
  UNKNOWN,
  zeroValue,
  type GoType,
} from './types.js';
import { copyIfStruct, mapKey, storeNil } from './values.js';

export function assignment(cx: GoContext, node: Node): Code {
  const left = kids(field(node, 'left'));
  const right = kids(field(node, 'right'));
  const op = operatorOf(node);
  if (left.length === 1 && right.length === 1) return assignOne(cx, node, left[0]!, op, right[0]!);
  const values = multiValue(cx, right, left.length);
  left.forEach((l, i) => values.maybeNil[i] && storesNil(cx, l));
  const pattern = assignmentPattern(cx, left);
  return pattern ? ts`[${pattern}] = ${values.code};` : notAssignable(cx, node);
}

function assignOne(cx: GoContext, node: Node, target: Node, op: string, valueNode: Node): Code {
  if (target.text === '_') return evaluated(cx.expr(valueNode).code);
  const variable = target.type === 'identifier' ? cx.scope.lookup(target.text) : null;
  // `walk = func(n *Node) { ... walk(n.left) }`: calls through the variable reach this literal (nil-slots.ts).
  if (variable && op === '=' && valueNode.type === 'func_literal') variable.functionKey = literalKey(valueNode);
  const nilSlice = valueNode.type === 'nil' && resolve(variable?.type ?? UNKNOWN, cx.decls).kind === 'slice';
  const targetType = op === '=' ? (variable?.type ?? elementOrFieldType(cx, target)) : null;
  const converts = (t: GoType) => resolve(t, cx.decls).kind === 'interface' || isComplex(resolve(t, cx.decls));
  if (targetType && (nilSlice || converts(targetType))) {
    // Into an interface: as a value of that type (`ref(&T{})`, a named number's class, a box); nil into a slice: [];
    // a number constant into a complex: cmplx.complex(1, 0).
    const boxed = cx.with({ nameHint: target.text }, () => cx.placed(valueNode, targetType));
    if (boxed.maybeNil) storesNil(cx, target);
    return assignTranslated(cx, node, target, boxed.code);
  }
  // Before the value is translated, which would import what a copying append needs.
  const inPlace = op === '=' ? appendInPlace(cx, target, valueNode) : null;
  if (inPlace) return inPlace;
  const value = bigIfWanted(
    cx,
    target,
    op,
    valueNode,
    cx.with({ nameHint: target.text }, () => cx.expr(valueNode)),
  );
  if (op === '=') {
    if (value.maybeNil) storesNil(cx, target);
    return assignTranslated(cx, node, target, copyIfStruct(cx, value.code, value.type, valueNode));
  }
  const bare = op.slice(0, -1);
  const entry = mapEntry(cx, target);
  if (entry) {
    return setEntry(cx, entry, arith(cx, { code: currentEntry(cx, entry) }, bare, value, entry.type).code);
  }
  const t = assignmentTarget(cx, target);
  if (!t) return notAssignable(cx, node);
  const wraps =
    sizedInteger(cx, t.type) || isBig(cx, t.type) || isNumberOrBig(cx, t.type) || isComplex(resolve(t.type, cx.decls));
  if ((bare === '/' && isInteger(t.type)) || ['&^', '<<', '>>'].includes(bare) || wraps)
    return ts`${t.code} = ${arith(cx, t, bare, value, t.type).code};`;
  return ts`${t.code} ${op} ${value.code};`;
}

/** The type of a struct field, slice or array element or map entry being assigned to (`s.payload = v`, `m[k] = v`); null for another target. */
function elementOrFieldType(cx: GoContext, target: Node): GoType | null {
  if (target.type !== 'selector_expression' && target.type !== 'index_expression') return null;
  return (mapEntry(cx, target) ?? assignmentTarget(cx, target))?.type ?? null;
}

/** The value, as a bigint where the target is one (big-integers.ts), a number where the target is a number; a shift count as the target. */
function bigIfWanted(cx: GoContext, target: Node, op: string, valueNode: Node, value: Typed): Typed {
  if (!isConstantForBig(value) && !isInteger(resolve(value.type, cx.decls))) return value;
  const type = mapEntry(cx, target)?.type ?? assignmentTarget(cx, target)?.type;
  if (!type) return value;
  if (op === '<<=' || op === '>>=')
    return isBig(cx, type) && !isBig(cx, value.type) ? { code: asBig(cx, valueNode, value), type } : value;
  const code = represented(cx, valueNode, value, type);
  return code === value.code ? value : { code, type };
}

/** `target = value` in `statement`, for a value translated already (also a range loop's iteration values). */
export function assignTranslated(cx: GoContext, statement: Node, target: Node, value: Code): Code {
  const entry = mapEntry(cx, target);
  if (entry) return setEntry(cx, entry, value);
  const t = assignmentTarget(cx, target);
  return t ? ts`${t.code} = ${value};` : cannotAssign(cx, statement, target);
}

/**
 * A value that may be nil goes into `target`: its variable, or the elements of its slice,
 * array or map, admit null from the next round on (nil-slots.ts). A field admits it already.
 */
export function storesNil(cx: GoContext, target: Node): void {
  while (target.type === 'parenthesized_expression') target = kids(target)[0]!;
  if (target.type === 'identifier') {
    const b = cx.scope.lookup(target.text);
    if (b?.slot) storeNil(cx, b.slot, b.type);
  } else if (target.type === 'index_expression') {
    const operand = field(target, 'operand')!;
    if (operand.type !== 'identifier' && operand.type !== 'selector_expression') return;
    const container = resolve(cx.expr(operand).type, cx.decls);
    if (container.kind === 'slice' || container.kind === 'array' || container.kind === 'map')
      storeNil(cx, elementSlotOf(container, cx.decls), container.kind === 'map' ? container.value : container.elem);
  }
}

/** `s = append(s, x...)` (or `*p = append(*p, x)`) grows s itself: `s.push(x)`, not a copy per call. */
function appendInPlace(cx: GoContext, target: Node, valueNode: Node): Code | null {
  if (valueNode.type !== 'call_expression' || field(valueNode, 'function')?.text !== 'append') return null;
  const args = kids(field(valueNode, 'arguments'));
  if (args.length < 2 || args[0]!.text !== target.text || !isVariableOrPointee(target)) return null;
  const slice = cx.expr(target);
  const t = resolve(slice.type, cx.decls);
  const elem = t.kind === 'slice' ? t.elem : UNKNOWN;
  const appended = appendedItems(cx, valueNode, args, t);
  const items = join(appended, ', ');
  const bytes = isByte(resolve(elem, cx.decls));
  if (cx.facts.countsCapacity) {
    // A program that asks for a capacity counts it at each append (element-layout.ts).
    const layout = appendedElement(cx, elem);
    cx.use(bytes ? 'pushAllBytes' : 'pushAll');
    return bytes
      ? ts`${slice.code} = pushAllBytes(${slice.code}, [${items}], ${layout});`
      : ts`pushAll(${slice.code}, [${items}], ${layout});`;
  }
  if (!bytes) return ts`${slice.code}.push(${items});`;
  // A []byte may be a Uint8Array, which cannot push.
  cx.use('appendBytes');
  return ts`${slice.code} = appendBytes(${slice.code}, ${items});`;
}

/** `s` or `*p`: a slice that the push reaches whatever holds it. */
function isVariableOrPointee(target: Node): boolean {
  if (target.type === 'identifier') return true;
  const operand = field(target, 'operand');
  return target.type === 'unary_expression' && target.text.startsWith('*') && operand?.type === 'identifier';
}

export function incDec(cx: GoContext, node: Node): Code {
  const target = kids(node)[0]!;
  const op = node.type === 'inc_statement' ? '+' : '-';
  const entry = mapEntry(cx, target);
  if (entry) {
    const one = isBig(cx, entry.type) ? '1n' : '1';
    return setEntry(cx, entry, ts`${currentEntry(cx, entry)} ${op} ${one}`);
  }
  const t = assignmentTarget(cx, target);
  if (!t) return notAssignable(cx, node);
  // A uint below 0 wraps around to the largest uint, an int64 past its largest to its smallest.
  if (isBig(cx, t.type)) return ts`${t.code} = ${wrap64(cx, t.type, ts`${t.code} ${op} 1n`)};`;
  if (isComplex(resolve(t.type, cx.decls))) return ts`${t.code} = ${t.code}.${op === '+' ? 'add' : 'sub'}(1);`;
  const size = sizedInteger(cx, t.type);
  // A sized integer wraps around: `b++` on a uint8 255 gives 0.
  if (size) return ts`${t.code} = ${wrapInteger({ code: ts`${t.code} ${op} 1`, precedence: 11 }, size).code};`;
  return ts`${t.code}${op}${op};`;
}

function notAssignable(cx: GoContext, node: Node): Code {
  return cannotAssign(cx, node, node.type === 'assignment_statement' ? field(node, 'left')! : kids(node)[0]!);
}

/** The placeholder for a `statement` assigning to `target`: Go rejects most of these; a map element among several targets translates only alone so far. */
export function cannotAssign(cx: GoContext, statement: Node, target: Node): Code {
  return cx.unsupportedStatement(statement, `assignment to ${abbreviate(target.text)}`);
}

/** `m[k]` (or `(m[k])`) on the left where m is a map: the map, the key and the element type. */
function mapEntry(cx: GoContext, node: Node): MapEntry | null {
  let target = node;
  while (target.type === 'parenthesized_expression') target = kids(target)[0]!;
  if (target.type !== 'index_expression') return null;
  const operand = field(target, 'operand')!;
  const m = cx.expr(operand);
  const mt = resolve(m.type, cx.decls);
  if (mt.kind !== 'map') return null;
  // A variable declared without a value, a struct field or an element may hold a nil map.
  const mayBeNil = m.maybeNil === true || operand.type !== 'identifier';
  return { map: m.code, key: mapKey(cx, field(target, 'index')!, mt), type: mt.value, mayBeNil };
}

interface MapEntry {
  map: Code;
  key: Code;
  type: GoType;
  mayBeNil: boolean;
}

/** `m[k] = value`: a write to a nil map panics in Go (mapSet), where JavaScript would throw a TypeError. */
function setEntry(cx: GoContext, entry: MapEntry, value: Code): Code {
  if (!entry.mayBeNil) return ts`${entry.map}.set(${entry.key}, ${value});`;
  cx.use('mapSet');
  return ts`mapSet(${entry.map}, ${entry.key}, ${value});`;
}

/** `m[k]` as the left side of `m[k] += v` reads it: the zero value when absent. */
function currentEntry(cx: GoContext, entry: MapEntry): Code {
  const zero = zeroValue(entry.type, cx.decls);
  if (!entry.mayBeNil) return ts`(${entry.map}.get(${entry.key}) ?? ${zero})`;
  cx.use('mapGet');
  return ts`mapGet(${entry.map}, ${entry.key}, ${zero})`;
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
    case 'type_instantiation_expression':
      return marked(typeInstantiationTarget(cx, node));
    case 'parenthesized_expression': {
      const inner = assignmentTarget(cx, kids(node)[0]!);
      return marked(inner && { code: ts`(${inner.code})`, type: inner.type });
    }
    case 'unary_expression': {
      // `*p = v`: pointers are the objects themselves (expr-operators.ts).
      const operand = field(node, 'operand')!;
      const inner = operatorOf(node) === '*' ? assignmentTarget(cx, operand) : null;
      const pointer = inner && resolve(inner.type, cx.decls);
      if (pointer?.kind === 'pointer' && pointsToVariable(pointer.elem, cx.decls))
        return marked({ code: ts`${memberBase(operand, inner!).code}.value`, type: pointer.elem });
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
