// Index and slice expressions, with Go's checks:
//   m[k]       -> (m.get(k) ?? zero)          (a map that may be nil: mapGet(m, k, zero))
//   s[i]       -> index(s, i)                 (panics out of range; s[i] where i ranges over s, or
//                                                on the left of an assignment, stays s[i])
//   str[i]     -> byteAt(str, i)
//   s[a:b]     -> slice(s, a, b)
//   s[i] = v   -> s[i] = v                   (elementTarget; m[k] = v: stmt-assign.ts)
//   grid[p.y][p.x] (the tree reads a type instantiation) -> index(index(grid, p.y), p.x)
import { join, ts, type Code } from '../emit/code.js';
import { field, kids, type Node } from '../syntax.js';
import { asNumber } from './big-integers.js';
import type { GoContext, Typed } from './context.js';
import { fieldName, BYTE, derefType, holdsNil, isString, resolve, STRING, UNKNOWN, type GoType } from './types.js';
import { mapKey, nilableType, nonNil, zeroFor } from './values.js';

/** `x[i]` as a value. */
export function index(cx: GoContext, node: Node): Typed {
  const operandNode = field(node, 'operand')!;
  const indexNode = field(node, 'index')!;
  const operand = cx.expr(operandNode);
  const t = resolve(operand.type, cx.decls);
  const key = t.kind === 'map' ? mapKey(cx, indexNode, t) : asNumber(cx, cx.expr(indexNode));
  return indexWith(cx, operand, key, cx.scope.lookup(indexNode.text)?.indexOf === operandNode.text);
}

/** `x[key]` for a translated operand and key; `inRange` where the index ranges over x (no check needed). */
function indexWith(cx: GoContext, operand: Typed, key: Code, inRange: boolean): Typed {
  const t = resolve(operand.type, cx.decls);
  if (t.kind === 'map') {
    // A missing key gives the zero value: nil for a pointer, an inner map...
    const maybeNil = nilableType(cx, t.value);
    if (operand.maybeNil) {
      cx.use('mapGet');
      return { code: ts`mapGet(${operand.code}, ${key}, ${zeroFor(cx, t.value)})`, type: t.value, maybeNil };
    }
    return { code: ts`(${operand.code}.get(${key}) ?? ${zeroFor(cx, t.value)})`, type: t.value, maybeNil };
  }
  if (isString(t)) {
    cx.use('byteAt');
    return { code: ts`byteAt(${operand.code}, ${key})`, type: BYTE };
  }
  const elem = elementType(t);
  const maybeNil = holdsNil(t, cx.decls) && nilableType(cx, elem);
  // Indexing through a pointer to an array: `p![i]`.
  const array = nonNil(operand).code;
  if (inRange || t.kind === 'unknown') return { code: ts`${array}[${key}]`, type: elem, maybeNil };
  // Go panics on an index out of range where JavaScript would give undefined.
  cx.use('index');
  return { code: ts`index(${array}, ${key})`, type: elem, maybeNil };
}

/**
 * `grid[p.y][p.x]`, which the tree reads as a generic type instantiated (`grid[p.y]` with the
 * type argument `p.x`): indexes, each `p.y` a variable's field.
 */
export function typeInstantiation(cx: GoContext, node: Node): Typed {
  const [head, ...indices] = kids(node);
  return indices.reduce((value, i) => indexWith(cx, value, keyFor(cx, value, i), false), typeNodeValue(cx, head!));
}

/** `grid[p.y][p.x] = v` (read as a type instantiation): the element assigned to, or null for a map's or a string's. */
export function typeInstantiationTarget(cx: GoContext, node: Node): Typed | null {
  const [head, ...indices] = kids(node);
  const last = indices.pop();
  const operand = indices.reduce(
    (value, i) => indexWith(cx, value, keyFor(cx, value, i), false),
    typeNodeValue(cx, head!),
  );
  const t = resolve(operand.type, cx.decls);
  if (!last || t.kind === 'map' || isString(t)) return null;
  return { code: ts`${operand.code}[${keyFor(cx, operand, last)}]`, type: elementType(t) };
}

function keyFor(cx: GoContext, operand: Typed, node: Node): Code {
  const key = typeNodeValue(cx, node);
  return resolve(operand.type, cx.decls).kind === 'map' ? key.code : asNumber(cx, key);
}

/** A type node that stands for a value here: `grid`, `p.y`, `grid[p.y]`. */
function typeNodeValue(cx: GoContext, node: Node): Typed {
  if (node.type === 'generic_type') {
    const base = typeNodeValue(cx, field(node, 'type')!);
    const args = kids(field(node, 'type_arguments')).map((e) => kids(e)[0]!);
    return args.reduce((value, i) => indexWith(cx, value, keyFor(cx, value, i), false), base);
  }
  if (node.type === 'type_identifier') return cx.expr(node);
  const variable = node.type === 'qualified_type' ? cx.scope.lookup(field(node, 'package')?.text ?? '') : null;
  if (!variable) return { code: cx.unsupported(node, 'type instantiation expression'), type: UNKNOWN };
  const name = field(node, 'name')!.text;
  const struct = resolve(derefType(variable.type), cx.decls);
  const fieldType = struct.kind === 'struct' ? struct.fields.find((f) => f.name === name)?.type : undefined;
  return { code: ts`${variable.tsName}.${fieldName(cx.decls, name)}`, type: fieldType ?? UNKNOWN };
}

/** `x[i]` assigned to: plain `s[i]`; null for a map, whose entries are set (stmt-assign.ts), or a string, which Go does not change. */
export function elementTarget(cx: GoContext, node: Node): Typed | null {
  const operand = cx.expr(field(node, 'operand')!);
  const t = resolve(operand.type, cx.decls);
  if (t.kind === 'map' || isString(t)) return null;
  // Through a pointer to an array that may be nil: `a![i] = v` (Go panics there).
  return { code: ts`${nonNil(operand).code}[${cx.expr(field(node, 'index')!).code}]`, type: elementType(t) };
}

function elementType(t: GoType): GoType {
  return t.kind === 'slice' || t.kind === 'array' ? t.elem : UNKNOWN;
}

export function sliceExpression(cx: GoContext, node: Node): Typed {
  const operand = cx.expr(field(node, 'operand')!);
  const start = field(node, 'start');
  const end = field(node, 'end');
  const max = field(node, 'capacity');
  const t = resolve(operand.type, cx.decls);
  const type = isString(t) ? STRING : t.kind === 'array' ? { kind: 'slice' as const, elem: t.elem } : operand.type;
  if (end && max) {
    cx.use('fullSlice');
    const bounds = [
      start ? asNumber(cx, cx.expr(start)) : ts`0`,
      asNumber(cx, cx.expr(end)),
      asNumber(cx, cx.expr(max)),
    ];
    return { code: ts`fullSlice(${join([operand.code, ...bounds], ', ')})`, type };
  }
  cx.use('slice');
  const args = [operand.code, start ? asNumber(cx, cx.expr(start)) : ts`undefined`];
  if (end) args.push(asNumber(cx, cx.expr(end)));
  return { code: ts`slice(${join(args, ', ')})`, type };
}
